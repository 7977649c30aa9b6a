//@ mode: check
// Xor of an integer literal with a float literal.
fn main() {
    let d = 3 ^ 1.5;
    println!("{d}");
}
