fn main() {
    let x: u8 = 200;
    println!("{} {}", x.saturating_add(100), x.wrapping_add(100));
    println!("{} {}", 5u32.saturating_sub(9), 5u32.wrapping_sub(9));
    println!("{} {}", i16::MAX.saturating_mul(2), i16::MAX.wrapping_mul(2));
    println!("{} {}", (-100i8).saturating_sub(100), (-100i8).wrapping_sub(100));
    println!("{}", (-100i8).saturating_mul(2));
}
