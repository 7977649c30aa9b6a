// The hidden type must implement the bound.
use std::fmt::Display;

struct Point {
    x: i32,
}

fn make() -> impl Display {
    Point { x: 1 }
}

fn main() {
    println!("{}", make());
}
