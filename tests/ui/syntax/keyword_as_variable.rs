//@ mode: check
fn main() {
    let type = "circle";
}
