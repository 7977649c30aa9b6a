//@ mode: check
// Multiplying a float variable by an integer literal.
fn main() {
    let price: f64 = 9.99;
    let total = price * 3;
    println!("{total}");
}
