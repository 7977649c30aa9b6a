// i32's smallest value divided by -1 would be 2147483648, one too many.
fn divide(dividend: i32, divisor: i32) -> i32 {
    dividend / divisor
}

fn main() {
    let smallest: i32 = -2147483648;
    println!("{}", divide(smallest, 2));
    println!("{}", divide(smallest, 1));
    println!("{}", divide(smallest, -1));
}
