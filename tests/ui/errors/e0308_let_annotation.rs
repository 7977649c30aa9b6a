//@ mode: check
// A str cannot be stored in an integer variable.
fn main() {
    let count: i32 = "five";
    println!("{}", count);
}
