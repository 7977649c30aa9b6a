use std::cell::Cell;
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Counter {
    hits: Cell<u32>,
}

#[derive(Debug)]
enum Failure {
    Busy(Counter),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "busy")
    }
}

impl Error for Failure {}

fn fail() -> Result<(), Box<dyn Error + Send + Sync>> {
    Err(Box::new(Failure::Busy(Counter { hits: Cell::new(0) })))
}

fn main() {
    println!("{:?}", fail().is_err());
}
