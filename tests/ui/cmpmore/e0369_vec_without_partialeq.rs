// `==` on vectors whose element type has no `PartialEq`.
struct Token(u8);

fn main() {
    let a = vec![Token(1)];
    let b = vec![Token(1)];
    println!("{}", a == b);
}
