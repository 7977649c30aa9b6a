//@ mode: check
// A type error in one function does not stop the checks of the others.
fn unused_fn() {}
fn bad() -> i32 {
    "x"
}
fn good() {
    let unused = 1;
    let y = 2;
    y = 3;
}
fn main() {
    bad();
    good();
}
