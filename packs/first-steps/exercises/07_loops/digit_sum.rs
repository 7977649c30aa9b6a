// `digit_sum(n)` adds up the decimal digits of `n`: digit_sum(2024) is 2 + 0 + 2 + 4 = 8.

fn digit_sum(mut n: u32) -> u32 {
    let mut sum = 0;
    while n > 9 {
        sum += n % 10;
        n = n / 10;
    }
    sum
}

fn main() {
    println!("{}", digit_sum(2024));
}

#[test]
fn several_digits() {
    assert_eq!(digit_sum(2024), 8);
    assert_eq!(digit_sum(999), 27);
}

#[test]
fn one_digit_and_zero() {
    assert_eq!(digit_sum(7), 7);
    assert_eq!(digit_sum(0), 0);
}
