// 128-bit integers hold products far beyond 64 bits.
fn power(base: i128, exponent: u32) -> i128 {
    let mut result = 1;
    let mut count = 0;
    while count < exponent {
        result *= base;
        count += 1;
    }
    result
}

fn main() {
    let big: i128 = 9223372036854775807;
    println!("{}", big * big);
    println!("{}", -big * big * 2);
    println!("{}", power(10, 38));
    println!("{}", power(-7, 45));
    let unsigned: u128 = 18446744073709551615;
    println!("{}", unsigned * unsigned);
}
