//@ mode: check
use std::fmt::Write;

fn main() {
    let s = String::new();
    write!(s, "{}", 1).unwrap();
    println!("{}", s);
}
