fn main() {
    let a: i32 = -100;
    let b: i32 = 100;
    let d: u32 = a.abs_diff(b);
    println!("{}", d);
    println!("{}", 3u8.abs_diff(250));
    println!("{}", i8::MIN.abs_diff(i8::MAX));
}
