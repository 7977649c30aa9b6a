//@ mode: check
use std::fmt::Display;

struct Plain(i32);
struct Tag<T: Display>(T);

fn main() {
    let t = Tag(Plain(1));
}
