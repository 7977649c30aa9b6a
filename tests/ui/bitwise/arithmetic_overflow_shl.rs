//@ mode: run
// A constant shift by the type's width is rejected at compile time.
fn main() {
    let x = 1u8 << 8;
    println!("{x}");
}
