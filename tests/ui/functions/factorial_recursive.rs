// Recursion: n! fits in a u64 up to 20!.
fn factorial(n: u64) -> u64 {
    if n == 0 {
        1
    } else {
        n * factorial(n - 1)
    }
}

fn main() {
    println!("0! = {}", factorial(0));
    println!("5! = {}", factorial(5));
    println!("20! = {}", factorial(20));
}
