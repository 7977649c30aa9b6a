//@ mode: check
// Parameters are immutable unless declared `mut`.
fn halve_until_odd(n: u32) -> u32 {
    while n % 2 == 0 {
        n = n / 2;
    }
    n
}

fn main() {
    println!("{}", halve_until_odd(40));
}
