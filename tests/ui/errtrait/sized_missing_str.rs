//@ mode: check
use std::fmt::Display;

fn shout<T: Display>(x: &T) {
    println!("{}!", x);
}

fn main() {
    shout("hello");
}
