//@ mode: check
fn main() {
    let mut level = 2;
    let m = &mut level;
    assert_eq!(level, 2);
    *m = 3;
}
