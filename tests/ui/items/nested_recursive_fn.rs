// A function declared in another function's body can call itself.
fn sum_digits(n: u64) -> u64 {
    fn go(n: u64, acc: u64) -> u64 {
        if n == 0 { acc } else { go(n / 10, acc + n % 10) }
    }
    go(n, 0)
}

fn main() {
    println!("{}", sum_digits(98765));
}
