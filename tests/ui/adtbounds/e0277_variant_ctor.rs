//@ mode: check
use std::fmt::Display;

struct Plain(i32);
enum Shown<T: Display> {
    One(T),
    Empty,
}

fn main() {
    let s = Shown::One(Plain(2));
}
