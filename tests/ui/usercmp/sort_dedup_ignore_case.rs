// Sorting, searching and deduplicating `Vec<Word>` through a hand-written comparison
// that ignores case.
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Word(String);

impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Word {}

impl PartialOrd for Word {
    fn partial_cmp(&self, other: &Word) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Word {
    fn cmp(&self, other: &Word) -> Ordering {
        self.0.to_lowercase().cmp(&other.0.to_lowercase())
    }
}

fn w(s: &str) -> Word {
    Word(s.to_string())
}

fn main() {
    let mut v = vec![w("pear"), w("Apple"), w("PEAR"), w("apple"), w("fig")];
    v.sort();
    println!("{:?}", v);
    v.dedup();
    println!("{:?}", v);
    println!("{} {}", v.contains(&w("FIG")), v.contains(&w("kiwi")));
    println!("{:?}", v.iter().max());
    println!("{:?}", v.iter().position(|x| *x == w("Pear")));
    assert_eq!(v, vec![w("APPLE"), w("Fig"), w("pear")]);
    println!("{}", v == vec![w("apple"), w("fig")]);
}
