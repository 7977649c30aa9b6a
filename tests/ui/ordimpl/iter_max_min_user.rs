use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Word(&'static str);

// Words compare by length only.
impl Ord for Word {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len())
    }
}

impl PartialOrd for Word {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let words = vec![Word("pear"), Word("fig"), Word("banana"), Word("kiwi"), Word("cherry")];
    println!("{:?}", words.iter().max());
    println!("{:?}", words.iter().min());
    let empty: Vec<Word> = Vec::new();
    println!("{:?}", empty.iter().max());
    println!("{:?}", words.into_iter().min());
}
