//@ mode: check
// A field of a binding that has no value cannot be assigned.
fn main() {
    let mut pair: (i32, bool);
    pair.0 = 1;
    pair.1 = true;
    println!("{:?}", pair);
}
