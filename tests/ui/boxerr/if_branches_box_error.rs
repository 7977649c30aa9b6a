// Two error types boxed in the branches of an `if`, and `to_string` on `&dyn Error`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct TooShort(usize);

#[derive(Debug)]
struct TooLong(usize);

impl fmt::Display for TooShort {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "too short: {}", self.0)
    }
}

impl fmt::Display for TooLong {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "too long: {}", self.0)
    }
}

impl Error for TooShort {}
impl Error for TooLong {}

fn judge(s: &str) -> Box<dyn Error> {
    if s.len() < 3 {
        Box::new(TooShort(s.len()))
    } else {
        Box::new(TooLong(s.len()))
    }
}

fn describe(e: &dyn Error) -> String {
    e.to_string().to_uppercase()
}

fn main() {
    for w in ["ab", "abcdefgh"] {
        let e = judge(w);
        println!("{} | {}", e, describe(&*e));
    }
}
