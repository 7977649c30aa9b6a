//@ mode: check
fn main() {
    let c = '';
}
