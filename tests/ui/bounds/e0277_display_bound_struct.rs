// A struct without `Display` passed where `T: Display` is required.
use std::fmt::Display;

struct Point {
    x: i32,
}

fn show<T: Display>(v: T) {
    println!("<{}>", v);
}

fn main() {
    let p = Point { x: 1 };
    show(5);
    show(p);
}
