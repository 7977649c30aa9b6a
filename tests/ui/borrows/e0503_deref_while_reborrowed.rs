//@ mode: check
fn main() {
    let mut x = 0;
    let r = &mut x;
    let s = &mut *r;
    *r += 1;
    *s += 1;
}
