//@ mode: run
// The widest integer types with width, separators of bases and exponents.
fn main() {
    let big: u128 = u128::MAX / 3;
    let small: i128 = i128::MIN + 1;
    println!("{big}");
    println!("{small:>45}");
    println!("{:e}", big);
    println!("{:#x}", big);
    println!("{:?} {:?}", u64::MAX, i64::MIN);
    println!("{} {}", usize::MAX, isize::MIN);
    println!("{} {} {}", u8::BITS, i128::BITS, usize::BITS);
}
