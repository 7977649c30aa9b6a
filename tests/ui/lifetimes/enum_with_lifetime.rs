// An enum whose variant holds a reference.
enum Token<'a> {
    Word(&'a str),
    Number(i32),
}

fn describe(t: &Token) -> String {
    match t {
        Token::Word(w) => format!("word {w}"),
        Token::Number(n) => format!("number {n}"),
    }
}

fn main() {
    let text = String::from("hello");
    let tokens = [Token::Word(&text), Token::Number(7)];
    for t in &tokens {
        println!("{}", describe(t));
    }
}
