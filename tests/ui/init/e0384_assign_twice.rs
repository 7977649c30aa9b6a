//@ mode: check
// A non-`mut` deferred binding may be assigned only once.
fn main() {
    let x;
    x = 1;
    println!("{x}");
    x = 2;
    println!("{x}");
}
