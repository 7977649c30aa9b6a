// Casts between floats and integers saturate and truncate.
fn main() {
    let x = 7.9_f64;
    println!("{}", x as i32);
    println!("{}", -7.9_f64 as i32);
    println!("{}", 300.0_f64 as u8);
    println!("{}", -1.0_f64 as u8);
    println!("{}", (2.5_f32 as f64) * 2.0);
    println!("{}", 255_u8 as i8);
}
