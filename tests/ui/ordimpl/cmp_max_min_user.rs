use std::cmp::{self, Ordering};

#[derive(Debug, PartialEq, Eq)]
struct Card {
    rank: u8,
    suit: char,
}

// Only the rank matters.
impl Ord for Card {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

impl PartialOrd for Card {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let a = Card { rank: 10, suit: 'h' };
    let b = Card { rank: 3, suit: 's' };
    println!("{:?}", cmp::max(a, b));
    // Equal ranks: max keeps the second, min the first.
    println!("{:?}", cmp::max(Card { rank: 7, suit: 'h' }, Card { rank: 7, suit: 'c' }));
    println!("{:?}", cmp::min(Card { rank: 7, suit: 'h' }, Card { rank: 7, suit: 'c' }));
}
