//@ mode: check
// Calling a function with too few arguments.
fn power(base: u64, exponent: u32) -> u64 {
    let mut result = 1;
    for _ in 0..exponent {
        result *= base;
    }
    result
}

fn main() {
    println!("{}", power(2));
}
