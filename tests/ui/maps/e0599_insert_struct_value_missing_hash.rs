use std::collections::HashSet;

#[derive(Debug, PartialEq, Eq)]
enum Suit {
    Hearts,
    Spades,
}

fn main() {
    let mut seen: HashSet<Suit> = HashSet::new();
    seen.insert(Suit::Hearts);
    println!("{:?}", Suit::Spades);
}
