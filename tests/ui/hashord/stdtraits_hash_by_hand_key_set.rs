use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

#[derive(Debug)]
struct Tag(String);

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Tag {}

impl Hash for Tag {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_lowercase().hash(state);
    }
}

fn main() {
    let mut seen = HashSet::new();
    for w in ["Rust", "rust", "Go", "RUST", "go", "Zig"] {
        let fresh = seen.insert(Tag(w.to_string()));
        println!("{} {}", w, fresh);
    }
    println!("{}", seen.len());
    let mut counts: HashMap<Tag, u32> = HashMap::new();
    for w in ["a", "A", "b"] {
        *counts.entry(Tag(w.to_string())).or_insert(0) += 1;
    }
    println!("{:?} {:?}", counts.get(&Tag("a".to_string())), counts.get(&Tag("B".to_string())));
}
