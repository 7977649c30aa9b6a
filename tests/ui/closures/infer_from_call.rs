// The parameter type comes from the first call: `u64` here, so the sum does not overflow.
fn main() {
    let square = |n| n * n;
    let big: u64 = 4_000_000_000;
    println!("{}", square(big));
}
