struct Token;

fn main() {
    let n = std::iter::repeat(Token).take(2).count();
    println!("{}", n);
}
