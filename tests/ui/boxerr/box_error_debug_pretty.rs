// `{:#?}` of a boxed error uses the concrete type's pretty Debug.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Failure {
    stage: &'static str,
    attempts: u8,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} failed after {} attempts", self.stage, self.attempts)
    }
}

impl Error for Failure {}

fn main() {
    let e: Box<dyn Error> = Box::new(Failure { stage: "upload", attempts: 3 });
    println!("{:#?}", e);
    let s: Box<dyn Error> = Box::from("plain");
    println!("{:#?}", s);
}
