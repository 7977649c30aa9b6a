const LEN: usize = 3;

fn main() {
    let primes: [i32; LEN] = [2, 3, 5, 7];
    println!("{:?}", primes);
}
