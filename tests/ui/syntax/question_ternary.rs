//@ mode: check
fn main() {
    let x = 3;
    let y = x > 2 ? 1 : 0;
}
