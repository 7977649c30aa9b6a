//@ mode: check
fn main() {
    let mut a = 0;
    let mut last = &mut a;
    for _ in 0..3 {
        let r = &mut a;
        *last += 1;
        last = r;
    }
}
