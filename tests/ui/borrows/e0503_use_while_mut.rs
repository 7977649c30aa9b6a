//@ mode: check
fn main() {
    let mut x = 1;
    let m = &mut x;
    let y = x + 1;
    *m += y;
}
