//@ mode: run
// Sum and count the digits of a number with while.
fn digit_sum(mut n: u64) -> (u64, u32) {
    let mut sum = 0;
    let mut count = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
        count += 1;
    }
    (sum, count)
}

fn main() {
    let numbers = (9875, 1000000007);
    let (s1, c1) = digit_sum(numbers.0);
    let (s2, c2) = digit_sum(numbers.1);
    println!("{} has {} digits summing to {}", numbers.0, c1, s1);
    println!("{} has {} digits summing to {}", numbers.1, c2, s2);
    println!("{:?}", digit_sum(0));
}
