// A tuple pattern always matches: rustc warns that the `if let` is useless.
fn main() {
    let pair = (3, 4);
    if let (a, b) = pair {
        println!("{}", a * b);
    }
}
