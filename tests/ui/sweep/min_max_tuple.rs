//@ mode: run
// A function returning a tuple, destructured by the caller.
fn min_max(a: i32, b: i32, c: i32) -> (i32, i32) {
    let mut lo = a;
    let mut hi = a;
    if b < lo { lo = b; }
    if c < lo { lo = c; }
    if b > hi { hi = b; }
    if c > hi { hi = c; }
    (lo, hi)
}

fn main() {
    let (lo, hi) = min_max(7, -2, 5);
    println!("min = {lo}, max = {hi}, spread = {}", hi - lo);
    let pair = min_max(0, 0, 0);
    println!("{:?} {}", pair, pair == (0, 0));
}
