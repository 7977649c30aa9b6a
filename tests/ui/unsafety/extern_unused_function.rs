//@ mode: check
// An unused function of an `extern` block is dead code like any other.
unsafe extern "C" {
    fn abs(x: i32) -> i32;
    fn labs(x: i64) -> i64;
}

fn main() {
    let n = unsafe { abs(-7) };
    println!("{}", n);
}
