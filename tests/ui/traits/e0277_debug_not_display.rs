// A Debug impl does not make `{}` work.
use std::fmt;

struct Point {
    x: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.x)
    }
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p);
}
