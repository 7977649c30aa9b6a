//@ mode: check
fn main() {
    let primes = [2, 3 5, 7];
    println!("{:?}", primes);
}
