//@ mode: run
// What `as` does at the edges: truncation, sign reinterpretation, saturation.
fn main() {
    let big = 300;
    println!("{}", big as u8);
    let minus_one = -1;
    println!("{} {}", minus_one as u32, minus_one as u8);
    let f = 3.99;
    println!("{} {}", f as i32, -f as i32);
    println!("{} {}", -f as u8, 1e10 as i32);
    let nan = f64::NAN;
    println!("{}", nan as i64);
    println!("{}", 'A' as u8 + 2);
    println!("{}", (97 + 1) as u8 as char);
    println!("{}", 255u8 as i8);
    println!("{}", i64::MAX as f64);
    println!("{}", u64::MAX as f32);
    println!("{}", true as i32 + false as i32);
}
