//@ mode: check
struct Ticket {
    id: u32,
}

fn consume(t: Ticket) -> u32 {
    t.id
}

fn main() {
    let t = Ticket { id: 4 };
    let r = &t;
    let n = consume(t);
    println!("{} {n}", r.id);
}
