//@ mode: check
fn main() {
    x: i32 = 5;
}
