fn main() {
    let a: u8 = 3;
    let b: u8 = 4;
    let wide: u32 = a + b;
    let neg: i64 = -(a as i32);
    let c: u16 = b as u8;
    println!("{} {} {}", wide, neg, c);
}
