//@ mode: check
// No `try_into` help when the expected type is the assigned place's.
fn main() {
    let mut small = 1u8;
    let big: i64 = 300;
    small = big;
    println!("{small}");
}
