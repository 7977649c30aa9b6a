//@ mode: check
// An array field of non-Copy elements moves as a whole field.
struct Card {
    rank: u8,
}

struct Hand {
    cards: [Card; 2],
    bet: u32,
}

fn main() {
    let hand = Hand { cards: [Card { rank: 10 }, Card { rank: 3 }], bet: 5 };
    let cards = hand.cards;
    println!("{} {}", cards[1].rank, hand.bet);
    let folded = hand;
    println!("{}", folded.bet);
}
