//@ mode: run
// A `let mut x;` assigned only once does not need `mut`.
fn main() {
    let mut x;
    x = 5;
    println!("{x}");
}
