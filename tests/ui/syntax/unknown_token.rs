//@ mode: check
fn main() {
    let price = 5 € 2;
}
