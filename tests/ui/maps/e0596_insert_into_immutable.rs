use std::collections::HashSet;

fn main() {
    let s = HashSet::new();
    s.insert(3);
    println!("{}", s.len());
}
