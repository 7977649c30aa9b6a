trait Display {
    fn show(&self) -> String;
}
struct Card { rank: u8 }
struct Joker;
impl Display for Card {
    fn show(&self) -> String { format!("card {}", self.rank) }
}
fn need<T: Display>(t: T) -> String { t.show() }
fn main() {
    let c = Card { rank: 7 };
    println!("{}", c);
    need(Joker);
    let j = Joker;
    j.show();
}
