// The first `for` moves the array of structs: the second one has nothing to iterate.
struct Card {
    rank: u8,
}

fn main() {
    let hand = [Card { rank: 3 }, Card { rank: 11 }, Card { rank: 7 }];
    let mut total = 0;
    for card in hand {
        total += card.rank;
    }
    for card in hand {
        println!("{}", card.rank);
    }
    println!("{}", total);
}
