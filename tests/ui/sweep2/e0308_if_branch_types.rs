//@ mode: check
// The two branches of an if produce different types.
fn main() {
    let n = 7;
    let parity = if n % 2 == 0 { 0 } else { "odd" };
    println!("{parity}");
}
