//@ mode: check
fn main() {
    let total = 1 + let y = 5;
}
