//@ mode: check
use std::fmt::Display;

struct Plain;
struct Pair<T: Display> {
    left: T,
    right: T,
}

fn main() {
    let p = Pair { left: Plain, right: Plain };
}
