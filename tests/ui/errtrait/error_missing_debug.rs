//@ mode: check
use std::fmt;

struct NoDebug;

impl fmt::Display for NoDebug {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "no debug")
    }
}

impl std::error::Error for NoDebug {}

fn main() {
    println!("{}", NoDebug);
}
