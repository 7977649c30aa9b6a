//@ mode: check
fn main() {
    let r#self = 1;
}
