//@ mode: check
use std::collections::HashMap;

#[derive(Hash)]
struct Name(String);

fn main() {
    let mut ages = HashMap::new();
    ages.insert(Name(String::from("ann")), 30);
}
