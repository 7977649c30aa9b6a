//@ mode: check
fn main() {
    let total = 10;
    let _half = total / 2
}
