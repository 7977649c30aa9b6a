//@ mode: check
// The tail expression must have the declared return type.
fn is_positive(n: i32) -> i32 {
    n > 0
}

fn main() {
    println!("{}", is_positive(4));
}
