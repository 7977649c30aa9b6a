// The smallest and largest value of each signed integer type.
fn main() {
    let i8_max: i8 = 127;
    let i8_min: i8 = -128;
    let i16_max: i16 = 32767;
    let i16_min: i16 = -32768;
    let i32_max: i32 = 2147483647;
    let i32_min: i32 = -2147483648;
    let i64_max: i64 = 9223372036854775807;
    let i64_min: i64 = -9223372036854775808;
    let i128_max: i128 = 170141183460469231731687303715884105727;
    let i128_min: i128 = -170141183460469231731687303715884105728;
    println!("i8: {} to {}", i8_min, i8_max);
    println!("i16: {} to {}", i16_min, i16_max);
    println!("i32: {} to {}", i32_min, i32_max);
    println!("i64: {} to {}", i64_min, i64_max);
    println!("i128: {} to {}", i128_min, i128_max);
}
