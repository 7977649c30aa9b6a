// Even i128 runs out: factorial of 34 does not fit.
fn factorial(n: i128) -> i128 {
    if n <= 1 {
        return 1;
    }
    n * factorial(n - 1)
}

fn main() {
    println!("33! = {}", factorial(33));
    println!("34! = {}", factorial(34));
}
