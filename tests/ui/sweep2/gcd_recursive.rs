// Euclid's algorithm, recursively.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    println!("{}", gcd(48, 18));
    println!("{}", gcd(17, 5));
    println!("{}", gcd(0, 9));
}
