// Arrays of non-Copy structs: moving the whole array, and moving elements out by pattern.
#[derive(Debug)]
struct Card {
    rank: u8,
}

fn deal() -> [Card; 3] {
    [Card { rank: 1 }, Card { rank: 12 }, Card { rank: 7 }]
}

fn main() {
    let hand = deal();
    let moved = hand;
    println!("{:?}", moved);
    let [a, b, c] = moved;
    println!("{} {} {}", a.rank, b.rank, c.rank);
    let table = deal();
    println!("{}", table[1].rank);
    let [first, ..] = table;
    println!("{:?}", first);
}
