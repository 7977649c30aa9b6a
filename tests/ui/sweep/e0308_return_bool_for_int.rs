//@ mode: check
// Returning a bool from a function declared to return an integer.
fn is_positive(n: i32) -> i32 {
    n > 0
}

fn main() {
    println!("{}", is_positive(3));
}
