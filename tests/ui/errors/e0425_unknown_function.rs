//@ mode: check
// Calling a function that does not exist.
fn main() {
    let result = compute_total(3, 4);
    println!("{}", result);
}
