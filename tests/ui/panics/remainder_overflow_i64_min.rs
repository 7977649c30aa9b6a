//@ edition: 2021
// The remainder of i64's smallest value by -1 overflows as well.
fn remainder(dividend: i64, divisor: i64) -> i64 {
    dividend % divisor
}

fn main() {
    let smallest: i64 = -9223372036854775808;
    println!("{}", remainder(smallest, 10));
    println!("{}", remainder(smallest, -1));
}
