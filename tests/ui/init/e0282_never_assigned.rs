//@ mode: check
// Nothing tells the type of a binding that is never assigned.
fn main() {
    let x;
    println!("hi");
}
