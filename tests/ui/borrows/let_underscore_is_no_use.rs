//@ mode: check
// `let _ = x` neither conflicts with a borrow nor needs `x` initialised.
fn main() {
    let mut a = 1;
    let r = &mut a;
    let _ = a;
    *r += 1;
    let b: i32;
    let _ = b;
}
