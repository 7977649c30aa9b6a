//@ mode: check
// A field moved into a call's argument: the whole value cannot be used afterwards.
#[derive(Clone)]
struct Ticket {
    seat: u32,
}

struct Visitor {
    ticket: Ticket,
    age: u32,
}

fn scan(t: Ticket) -> u32 {
    t.seat
}

fn main() {
    let v = Visitor { ticket: Ticket { seat: 21 }, age: 40 };
    println!("{}", scan(v.ticket));
    let copy = v;
    println!("{}", copy.age);
}
