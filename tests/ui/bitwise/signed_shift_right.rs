//@ mode: run
// `>>` on signed integers is arithmetic (copies the sign bit); on unsigned, logical.
fn main() {
    let n: i32 = -40;
    println!("{}", n >> 1);
    println!("{}", n >> 3);
    println!("{}", n >> 31);
    let m: i8 = i8::MIN;
    println!("{}", m >> 7);
    let u: u8 = 0b1000_0000;
    println!("{}", u >> 7);
    let big: i128 = -1;
    println!("{}", big >> 100);
    let w: u64 = u64::MAX;
    println!("{}", w >> 60u8);
    println!("{}", -7i64 >> 1usize);
}
