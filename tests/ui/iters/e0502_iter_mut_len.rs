// Reading the Vec's length while `iter_mut()` borrows it mutably.
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter_mut();
    let n = v.len();
    for x in it {
        *x += n;
    }
}
