//@ edition: 2021
use std::convert::AsRef;

fn count<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().len()
}

fn main() {
    println!("{}", count("four"));
}
