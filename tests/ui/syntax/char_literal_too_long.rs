//@ mode: check
fn main() {
    let word = 'hello';
}
