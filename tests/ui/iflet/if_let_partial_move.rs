//@ mode: check
// `if let` moves the matched field out of the value: using it afterwards is E0382.
struct Name {
    len: usize,
}

enum Slot {
    Taken(Name),
    Empty,
}

fn main() {
    let s = Slot::Taken(Name { len: 4 });
    if let Slot::Taken(n) = s {
        println!("{}", n.len);
    }
    if let Slot::Empty = s {
        println!("empty");
    }
}
