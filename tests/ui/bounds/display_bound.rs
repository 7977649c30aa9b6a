// `T: Display` lets a generic function format its parameter.
use std::fmt::Display;

fn shout<T: Display>(x: T) {
    println!("{}!", x);
}

fn main() {
    shout(3);
    shout("hey");
    shout(2.5);
}
