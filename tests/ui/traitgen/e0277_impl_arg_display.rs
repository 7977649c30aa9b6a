// A struct without `Display` passed where `impl Display` is expected.
use std::fmt::Display;

struct Point {
    x: i32,
}

fn show(v: impl Display) {
    println!("{}", v);
}

fn main() {
    let p = Point { x: 1 };
    show(p);
}
