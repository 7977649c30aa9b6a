//@ mode: check
// Floats have no bitwise operators.
fn main() {
    let a = 1.5f64;
    let b = a & 2.0;
    println!("{b}");
}
