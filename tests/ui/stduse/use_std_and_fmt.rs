use std::fmt;
use std::mem;

struct Pair(i32, i32);

impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.0, self.1)
    }
}

fn main() {
    let mut p = Pair(1, 2);
    mem::swap(&mut p.0, &mut p.1);
    println!("{}", p);
}
