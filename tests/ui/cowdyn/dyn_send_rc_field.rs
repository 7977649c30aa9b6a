use std::error::Error;
use std::fmt;
use std::rc::Rc;

#[derive(Debug)]
struct Shared(Rc<i32>);

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "shared {}", self.0)
    }
}

impl Error for Shared {}

fn fail() -> Result<(), Box<dyn Error + Send>> {
    Err(Box::new(Shared(Rc::new(1))))
}

fn main() {
    println!("{:?}", fail().is_err());
}
