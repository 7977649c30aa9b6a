// `source()` of a boxed error whose impl keeps the default: `None`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Leaf;

impl fmt::Display for Leaf {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "leaf")
    }
}

impl Error for Leaf {}

fn main() {
    let e: Box<dyn Error> = Box::new(Leaf);
    println!("{}", e.source().is_none());
}
