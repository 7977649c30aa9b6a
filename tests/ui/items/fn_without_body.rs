//@ mode: check
// A signature without a body outside a trait.
fn helper(x: u8);
fn main() {
    helper(1);
}
