// A derived `PartialEq` on an enum whose variant holds a type with a hand-written `eq`.
struct Loose(String);

impl PartialEq for Loose {
    fn eq(&self, other: &Loose) -> bool {
        self.0.trim() == other.0.trim()
    }
}

#[derive(PartialEq)]
enum Cell {
    Empty,
    Text(Loose),
    Pair(u8, Loose),
}

fn main() {
    let a = Cell::Text(Loose(String::from(" hi ")));
    let b = Cell::Text(Loose(String::from("hi")));
    println!("{}", a == b);
    println!("{}", Cell::Pair(1, Loose(String::from("x "))) == Cell::Pair(1, Loose(String::from("x"))));
    println!("{}", Cell::Pair(2, Loose(String::from("x"))) == Cell::Pair(1, Loose(String::from("x"))));
    println!("{}", a == Cell::Empty);
}
