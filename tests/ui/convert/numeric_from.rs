fn main() {
    let small: i32 = -7;
    let wide = i64::from(small);
    let float = f64::from(small);
    let code = u32::from('A');
    let flag = u8::from(true);
    let letter = char::from(98u8);
    let half = f64::from(0.5f32);
    println!("{} {} {} {} {} {}", wide, float, code, flag, letter, half);
    let big: i128 = small.into();
    let unsigned: u64 = 200u8.into();
    let ratio: f64 = 3u16.into();
    println!("{} {} {}", big, unsigned, ratio);
}
