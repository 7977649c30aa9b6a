use std::collections::HashSet;

// `eq` ignores case but the derived `Hash` does not: the two disagree, so two
// keys equal by `eq` hash apart and the set keeps both (a broken `Hash` contract).
#[derive(Debug, Hash)]
struct Tag(String);

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Tag {}

fn main() {
    let mut s = HashSet::new();
    println!("{}", s.insert(Tag("Rust".to_string())));
    println!("{}", s.insert(Tag("rust".to_string())));
    println!("{}", s.insert(Tag("Rust".to_string())));
    println!("{}", s.len());
}
