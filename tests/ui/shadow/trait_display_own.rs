trait Display {
    fn show(&self) -> String;
}

struct Card {
    rank: u8,
}

impl Display for Card {
    fn show(&self) -> String {
        format!("card {}", self.rank)
    }
}

fn main() {
    let c = Card { rank: 7 };
    println!("{} / {}", c.show(), c.rank);
}
