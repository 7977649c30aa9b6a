//@ mode: check
// The two sides of an assignment swapped.
fn main() {
    let mut x = 1;
    5 = x;
    println!("{x}");
}
