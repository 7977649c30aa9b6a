//@ mode: check
// A negative value for an unsigned type.
fn main() {
    let offset: u32 = -1;
    println!("{offset}");
}
