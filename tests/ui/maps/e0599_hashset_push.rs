use std::collections::HashSet;

fn main() {
    let mut s = HashSet::new();
    s.insert(1);
    s.push(2);
}
