//@ mode: check
// An early `return` with a value of the wrong type.
fn first_digit(n: u32) -> u32 {
    if n == 0 {
        return "zero";
    }
    let mut m = n;
    while m >= 10 {
        m /= 10;
    }
    m
}

fn main() {
    println!("{}", first_digit(512));
}
