use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Timeout {
    secs: u32,
}

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "timed out after {}s", self.secs)
    }
}

impl Error for Timeout {}

fn describe(e: &impl Error) -> String {
    format!("{} ({:?})", e, e)
}

fn main() {
    let t = Timeout { secs: 5 };
    let s = t.to_string();
    println!("{}", s.len());
    println!("{}", describe(&t));
    println!("{}", t == t.clone());
}
