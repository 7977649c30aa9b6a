//@ mode: check
fn main() {
    'outer: let x = 5;
}
