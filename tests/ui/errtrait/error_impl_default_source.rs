use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct MyError {
    code: i32,
}

impl fmt::Display for MyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "my error {}", self.code)
    }
}

impl Error for MyError {}

fn main() {
    let e = MyError { code: 3 };
    println!("{}", e);
    println!("{:?}", e);
    println!("{}", e.source().is_none());
}
