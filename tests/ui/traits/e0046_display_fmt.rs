// An empty Display impl: rustc shows the whole `fmt` signature to add.
use std::fmt;

struct Point {
    x: i32,
}

impl fmt::Display for Point {}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.x);
}
