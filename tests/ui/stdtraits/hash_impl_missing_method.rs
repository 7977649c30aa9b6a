//@ mode: check
use std::hash::Hash;

#[derive(PartialEq, Eq)]
struct Key(u8);

impl Hash for Key {}

fn main() {
    let k = Key(1);
    println!("{}", k.0);
}
