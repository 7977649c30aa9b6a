// A method of the concrete error is not a method of `Box<dyn Error>`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Code(u16);

impl Code {
    fn number(&self) -> u16 {
        self.0
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "code {}", self.0)
    }
}

impl Error for Code {}

fn main() {
    let e: Box<dyn Error> = Box::new(Code(404));
    println!("{}", e.number());
}
