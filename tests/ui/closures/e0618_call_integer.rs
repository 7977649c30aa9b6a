//@ mode: check
// Calling a number as if it were a function.
fn main() {
    let n = 5;
    let m = n(3);
    println!("{}", m);
}
