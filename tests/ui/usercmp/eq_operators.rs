// `==` and `!=` on a type whose `eq` is written by hand: only the id counts.
struct Ticket {
    id: u32,
    note: String,
}

impl PartialEq for Ticket {
    fn eq(&self, other: &Ticket) -> bool {
        self.id == other.id
    }
}

fn main() {
    let a = Ticket { id: 7, note: String::from("first") };
    let b = Ticket { id: 7, note: String::from("second") };
    let c = Ticket { id: 8, note: String::from("first") };
    println!("{} {}", a == b, a != b);
    println!("{} {}", a == c, a != c);
    println!("{} {}", a.note, c.note == b.note);
}
