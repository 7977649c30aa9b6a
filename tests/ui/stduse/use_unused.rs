//@ mode: check
use std::mem::swap;
use std::mem;

fn main() {
    let n = 4;
    println!("{}", n);
}
