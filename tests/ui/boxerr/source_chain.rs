// An `Error::source` override and a walk down the chain of causes.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Inner;
impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "inner") }
}
impl Error for Inner {}

#[derive(Debug)]
struct Outer { cause: Inner }
impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "outer") }
}
impl Error for Outer {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn main() {
    let e: Box<dyn Error> = Box::new(Outer { cause: Inner });
    println!("{e}");
    if let Some(s) = e.source() {
        println!("caused by: {s}");
    }
    let mut cur: Option<&dyn Error> = Some(&*e);
    while let Some(x) = cur {
        println!("- {x}");
        cur = x.source();
    }
}
