//@ mode: check
use std::fmt::Debug;

struct Secret;
struct Logged<T: Debug> {
    value: T,
    count: u32,
}

fn main() {
    let l = Logged { value: Secret, count: 1 };
}
