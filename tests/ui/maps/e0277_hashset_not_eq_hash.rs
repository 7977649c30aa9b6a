use std::collections::HashSet;

struct Tag;

fn main() {
    let mut s = HashSet::new();
    s.insert(Tag);
}
