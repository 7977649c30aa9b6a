// A learner's `Display` impl satisfies a `T: Display` bound.
use std::fmt;

struct Temp {
    deg: i32,
}

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} C", self.deg)
    }
}

fn banner<T: fmt::Display>(x: &T) {
    println!("[{}]", x);
}

fn main() {
    banner(&Temp { deg: 21 });
    banner(&7);
}
