// Arithmetic that lands exactly on a type's limit does not overflow.
fn add_u8(a: u8, b: u8) -> u8 {
    a + b
}

fn sub_i8(a: i8, b: i8) -> i8 {
    a - b
}

fn mul_u64(a: u64, b: u64) -> u64 {
    a * b
}

fn main() {
    println!("{}", add_u8(200, 55));
    println!("{}", sub_i8(-100, 28));
    println!("{}", sub_i8(100, -27));
    println!("{}", mul_u64(4294967295, 4294967297));
}
