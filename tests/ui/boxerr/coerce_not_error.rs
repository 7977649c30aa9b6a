// Boxing a type without `Error` as a `Box<dyn Error>`.
use std::error::Error;

#[derive(Debug)]
struct Plain;

fn main() {
    let e: Box<dyn Error> = Box::new(Plain);
    println!("{:?}", e);
}
