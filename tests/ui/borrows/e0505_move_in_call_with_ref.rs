//@ mode: check
#[derive(Clone)]
struct Ticket {
    id: u32,
}

fn check(t: &Ticket, owned: Ticket) -> bool {
    t.id == owned.id
}

fn main() {
    let t = Ticket { id: 4 };
    println!("{}", check(&t, t));
}
