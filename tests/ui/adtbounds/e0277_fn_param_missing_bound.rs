//@ mode: check
use std::fmt::Debug;

struct Wrap<T: Debug>(T);

fn unwrap<T>(w: Wrap<T>) -> T {
    w.0
}

fn main() {
    println!("{:?}", unwrap(Wrap(3)));
}
