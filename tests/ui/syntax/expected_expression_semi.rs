//@ mode: check
fn main() {
    let value = ;
}
