use std::borrow::Borrow;
use std::fmt::Write;

fn main() {
    println!("hi");
}
