use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq)]
struct Color(u8);

fn main() {
    let mut seen = BTreeSet::new();
    seen.insert(Color(1));
    println!("{}", seen.len());
}
