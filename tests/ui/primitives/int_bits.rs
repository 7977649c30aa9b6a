fn main() {
    let n: u32 = 0b1011_0000;
    println!("{} {} {}", n.count_ones(), n.leading_zeros(), n.trailing_zeros());
    println!("{} {}", (-1i32).count_ones(), 0u8.trailing_zeros());
    println!("{} {}", 1u64.leading_zeros(), i8::MIN.leading_zeros());
}
