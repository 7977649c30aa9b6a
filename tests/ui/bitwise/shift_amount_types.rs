//@ mode: run
// The shift amount may be of any integer type; the result has the left operand's type.
fn main() {
    let base: u16 = 1;
    let by8: u8 = 3;
    let by64: i64 = 4;
    let by_size: usize = 5;
    println!("{}", base << by8);
    println!("{}", base << by64);
    println!("{}", base << by_size);
    let mut v: i32 = 1;
    v <<= 10u128;
    println!("{v}");
    v >>= 2i8;
    println!("{v}");
    let top: u8 = 1 << 7;
    println!("{top}");
    let wrapped: u8 = 0b1111_0000 << 2;
    println!("{wrapped}");
    let neg: i8 = 1 << 7;
    println!("{neg}");
}
