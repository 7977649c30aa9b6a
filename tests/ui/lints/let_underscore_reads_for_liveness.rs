//@ mode: check
fn main() {
    let mut s = 1;
    s = 2;
    let _ = s;
    for i in 0..3 {
        let _ = i;
    }
}
