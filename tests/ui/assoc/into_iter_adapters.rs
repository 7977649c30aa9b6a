// Explicit `into_iter()` on the learner's type, then std's adapters.
struct Deck {
    cards: Vec<u8>,
}

impl IntoIterator for Deck {
    type Item = u8;
    type IntoIter = std::vec::IntoIter<u8>;
    fn into_iter(self) -> Self::IntoIter {
        self.cards.into_iter()
    }
}

fn main() {
    let d = Deck { cards: vec![3, 9, 4, 12] };
    for (i, c) in d.into_iter().filter(|c| *c > 3).enumerate() {
        println!("{}: {}", i, c);
    }
}
