//@ mode: check
fn main() {
    let big = 1e;
}
