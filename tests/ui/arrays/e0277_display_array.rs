// Arrays implement Debug, not Display.
fn main() {
    let xs = [1, 2, 3];
    println!("{}", xs);
}
