use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Low;

impl fmt::Display for Low {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "low")
    }
}

impl Error for Low {}

fn pick<T: fmt::Debug + ?Sized>(x: &T) -> String {
    format!("{:?}", x)
}

fn main() {
    println!("{}", pick(&Low));
    println!("{}", pick("text"));
}
