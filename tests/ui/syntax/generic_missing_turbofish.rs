//@ mode: check
fn main() {
    let v = Vec<i32>::new();
}
