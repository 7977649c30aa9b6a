// Functions calling functions: greatest common divisor and least common multiple.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    println!("gcd(48, 18) = {}", gcd(48, 18));
    println!("lcm(4, 6) = {}", lcm(4, 6));
    println!("lcm(21, 6) = {}", lcm(21, 6));
}
