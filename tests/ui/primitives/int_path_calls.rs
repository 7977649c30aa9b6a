fn main() {
    let a = i32::abs(-4);
    let b = u8::max(3, 9);
    let c = i64::pow(2, 40);
    let d = u32::checked_sub(1, 2);
    println!("{} {} {} {:?}", a, b, c, d);
}
