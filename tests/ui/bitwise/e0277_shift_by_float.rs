//@ mode: check
// The shift amount must be an integer.
fn main() {
    let c = 1 << 1.0;
    println!("{c}");
}
