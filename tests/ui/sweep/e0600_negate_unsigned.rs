//@ mode: check
// Negating an unsigned integer.
fn main() {
    let distance: u32 = 15;
    let back = -distance;
    println!("{back}");
}
