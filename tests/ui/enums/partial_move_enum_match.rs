//@ mode: check
// A `match` arm binding moves a variant's field; matching the enum again reads it whole.
struct Letter {
    stamps: u8,
}

enum Mailbox {
    Holding(Letter, u32),
    Empty,
}

fn main() {
    let mb = Mailbox::Holding(Letter { stamps: 2 }, 9);
    match mb {
        Mailbox::Holding(l, n) => println!("{} stamps, box {}", l.stamps, n),
        Mailbox::Empty => println!("nothing"),
    }
    match mb {
        Mailbox::Holding(_, n) => println!("box {}", n),
        Mailbox::Empty => println!("nothing"),
    }
}
