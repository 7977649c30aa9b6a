//@ mode: check
// A closure called with one argument too many.
fn main() {
    let next = |x: i32| x + 1;
    let z = next(1, 2);
    println!("{}", z);
}
