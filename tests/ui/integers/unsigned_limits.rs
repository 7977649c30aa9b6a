// The largest value of each unsigned integer type (the smallest is 0).
fn main() {
    let u8_max: u8 = 255;
    let u16_max: u16 = 65535;
    let u32_max: u32 = 4294967295;
    let u64_max = 18446744073709551615u64;
    let u128_max: u128 = 340282366920938463463374607431768211455;
    let zero = 0u32;
    println!("u8 max: {}", u8_max);
    println!("u16 max: {}", u16_max);
    println!("u32 max: {}", u32_max);
    println!("u64 max: {}", u64_max);
    println!("u128 max: {}", u128_max);
    println!("zero: {:?}", zero);
}
