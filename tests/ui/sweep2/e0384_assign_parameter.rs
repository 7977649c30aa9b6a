//@ mode: check
// Changing a parameter that is not declared `mut`.
fn clamp_to_ten(n: i32) -> i32 {
    if n > 10 {
        n = 10;
    }
    n
}

fn main() {
    println!("{}", clamp_to_ten(42));
}
