//@ mode: check
fn main() {
    let mask = 0x;
}
