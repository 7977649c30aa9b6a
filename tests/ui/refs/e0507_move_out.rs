//@ mode: check
struct Ticket {
    id: u32,
}

fn take(r: &Ticket) -> Ticket {
    *r
}

fn main() {
    let t = Ticket { id: 1 };
    let u = take(&t);
    println!("{}", u.id);
}
