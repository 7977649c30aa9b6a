#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: char,
}

fn main() {
    let mut hand = vec![
        Card { rank: 10, suit: 'h' },
        Card { rank: 2, suit: 's' },
        Card { rank: 10, suit: 'c' },
        Card { rank: 7, suit: 'd' },
    ];
    hand.sort();
    println!("{:?}", hand);
    let mut names = vec![(String::from("b"), 2), (String::from("a"), 9), (String::from("b"), 1)];
    names.sort();
    println!("{:?}", names);
}
