//@ mode: check
// Nothing tells the type of the closure's parameter.
fn main() {
    let identity = |x| x;
}
