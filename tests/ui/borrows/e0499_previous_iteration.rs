//@ mode: check
fn main() {
    let mut x = 0;
    let mut a = 1;
    let mut last = &mut a;
    for _ in 0..2 {
        let m = &mut x;
        *last += 1;
        last = m;
    }
}
