//@ mode: check
use std::fmt::Write;

fn main() {
    let mut s = String::new();
    let n: i32 = write!(s, "x");
    println!("{} {}", s, n);
}
