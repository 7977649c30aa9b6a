// A `&dyn Error` parameter: any error type, printed through its Display.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Missing(&'static str);

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "missing {}", self.0)
    }
}

impl Error for Missing {}

fn report(e: &dyn Error) {
    println!("error: {e}");
    println!("debug: {e:?}");
}

fn main() {
    report(&Missing("config"));
    let err = "abc".parse::<u8>().unwrap_err();
    report(&err);
    let boxed: Box<dyn Error> = Box::new(Missing("key"));
    report(&*boxed);
}
