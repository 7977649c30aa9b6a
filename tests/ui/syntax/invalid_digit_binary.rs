//@ mode: check
fn main() {
    let flags = 0b1021;
}
