//@ mode: check
// A closure's body does not match its declared return type.
fn main() {
    let is_even = |n: i32| -> bool { n % 2 };
    println!("{}", is_even(4));
}
