struct Card {
    rank: u8,
}

fn main() {
    let hand = [Card { rank: 3 }, Card { rank: 9 }];
    for c in hand {
        println!("{}", c.rank);
    }
    for c in hand {
        println!("{}", c.rank);
    }
}
