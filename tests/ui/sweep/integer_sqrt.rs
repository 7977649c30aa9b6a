//@ mode: run
// Integer square root by binary search, with loop and break value.
fn isqrt(n: u64) -> u64 {
    let mut lo = 0;
    let mut hi = n + 1;
    loop {
        if hi - lo <= 1 {
            break lo;
        }
        let mid = (lo + hi) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
}

fn main() {
    println!("{} {} {} {}", isqrt(0), isqrt(15), isqrt(16), isqrt(1_000_000_007));
}
