//@ mode: run
// `!` on integers flips every bit of the value's own width.
fn main() {
    println!("{}", !0u8);
    println!("{}", !0u16);
    println!("{}", !5u32);
    println!("{}", !0u64);
    println!("{}", !1u128);
    println!("{}", !0usize);
    println!("{}", !0i8);
    println!("{}", !127i8);
    println!("{}", !-1i16);
    println!("{}", !100i32);
    println!("{}", !i64::MIN);
    println!("{}", !0i128);
    let m: u8 = 0b1100_0011;
    println!("{:08b}", !m);
}
