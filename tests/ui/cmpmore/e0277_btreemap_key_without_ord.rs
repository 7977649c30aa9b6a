// A `BTreeMap` key must be `Ord`.
use std::collections::BTreeMap;

#[derive(PartialEq, Eq)]
struct Key(u32);

fn main() {
    let mut m = BTreeMap::new();
    m.insert(Key(1), "one");
    println!("{}", m.len());
}
