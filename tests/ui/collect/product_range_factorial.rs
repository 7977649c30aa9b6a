fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    for n in [0, 1, 5, 10] {
        println!("{}! = {}", n, factorial(n));
    }
}
