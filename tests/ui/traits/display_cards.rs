// Display impls used through references, in a loop, and inside another impl.
use std::fmt;

enum Suit {
    Hearts,
    Spades,
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.rank {
            1 => write!(f, "A{}", self.suit),
            11 => write!(f, "J{}", self.suit),
            n => write!(f, "{}{}", n, self.suit),
        }
    }
}

fn show(c: &Card) {
    println!("card: {c}");
}

fn main() {
    let hand = [Card { rank: 1, suit: Suit::Spades }, Card { rank: 7, suit: Suit::Hearts },
                Card { rank: 11, suit: Suit::Hearts }];
    for i in 0..hand.len() {
        show(&hand[i]);
    }
    println!("{} and {}", hand[0], hand[2]);
}
