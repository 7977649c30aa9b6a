// `let ... else` with a diverging `else`: `return` and `panic!`.
enum Token {
    Number(i64),
    Plus,
}

fn value(t: Token) -> i64 {
    let Token::Number(n) = t else {
        return -1;
    };
    n * 10
}

fn main() {
    println!("{}", value(Token::Number(4)));
    println!("{}", value(Token::Plus));
    let Token::Number(k) = Token::Number(7) else {
        panic!("expected a number");
    };
    println!("k = {k}");
}
