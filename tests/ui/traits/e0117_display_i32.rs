// Implementing a std trait for a std type is not allowed (the orphan rule).
use std::fmt;

impl fmt::Display for i32 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "number")
    }
}

fn main() {
    println!("{}", 1);
}
