//@ mode: check
// The same name bound twice in one pattern.
fn main() {
    let point = (3, 4);
    let (_x, _x) = point;
}
