// A learner's error boxed as `Box<dyn Error>`: printed through its Display and Debug.
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

fn make(n: i32) -> Box<dyn Error> {
    Box::new(MyError { code: n })
}

fn main() {
    let e = make(3);
    println!("{}", e);
    println!("{:?}", e);
    println!("{}", e.to_string());
    let f: Box<dyn Error> = Box::new(MyError { code: 7 });
    println!("{}", f);
    let g = Box::new(MyError { code: 9 }) as Box<dyn std::error::Error>;
    println!("{g}");
}
