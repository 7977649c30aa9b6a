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
    let (lo, hi) = min_max(4, -2, 9);
    println!("min {lo}, max {hi}, spread {}", hi - lo);
    let pair = min_max(1, 1, 1);
    println!("{:?}", pair);
}
