use std::fmt;

enum Suit {
    Hearts,
    Spades,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = match self {
            Suit::Hearts => "hearts",
            Suit::Spades => "spades",
        };
        f.pad(name)
    }
}

fn main() {
    println!("[{}] [{:>8}] [{:-<9}] [{:^10.3}]", Suit::Hearts, Suit::Spades, Suit::Hearts, Suit::Spades);
    let row = format!("{:>7}|{:<7}|", Suit::Hearts, Suit::Spades);
    println!("{}", row);
}
