fn main() {
    let (v, o) = 255u8.overflowing_add(1);
    println!("{} {}", v, o);
    println!("{:?}", i32::MAX.overflowing_add(1));
    println!("{:?}", 7u16.overflowing_add(8));
}
