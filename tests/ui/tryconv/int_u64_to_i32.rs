fn main() {
    let big: u64 = 5_000_000_000;
    let small: u64 = 42;
    println!("{:?}", i32::try_from(big));
    println!("{:?}", i32::try_from(small));
    println!("{:?}", usize::try_from(-1i32).is_err());
    println!("{:?}", i8::try_from(-128i64));
}
