//@ mode: check
fn main() {
    fn helper(x: u8);
    helper(1);
}
