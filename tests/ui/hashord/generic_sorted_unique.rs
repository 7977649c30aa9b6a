use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Word(String);

// Shorter words first; words of one length alphabetically.
impl Ord for Word {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len()).then(self.0.cmp(&other.0))
    }
}

impl PartialOrd for Word {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn sorted_unique<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    let mut set = BTreeSet::new();
    for x in items {
        set.insert(x.clone());
    }
    set.into_iter().collect()
}

fn largest<T: Ord + Clone>(items: &[T]) -> T {
    let mut best = items[0].clone();
    for x in items {
        best = best.max(x.clone());
    }
    best
}

fn main() {
    let words: Vec<Word> = ["pear", "fig", "banana", "fig", "kiwi"]
        .iter()
        .map(|w| Word(w.to_string()))
        .collect();
    println!("{:?}", sorted_unique(&words));
    println!("{:?}", largest(&words));
    println!("{:?}", sorted_unique(&[3, 1, 3, 2]));
}
