//@ mode: check
// A value moved inside an `if let` body cannot be matched again afterwards.
struct Name {
    len: usize,
}

enum Slot {
    Taken(Name),
    Empty,
}

fn consume(s: Slot) -> usize {
    match s {
        Slot::Taken(n) => n.len,
        Slot::Empty => 0,
    }
}

fn main() {
    let s = Slot::Taken(Name { len: 4 });
    let other = Slot::Empty;
    if let Slot::Empty = other {
        println!("{}", consume(s));
    }
    println!("{}", consume(s));
}
