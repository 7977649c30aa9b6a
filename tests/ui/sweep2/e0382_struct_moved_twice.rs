//@ mode: check
// A struct without Copy is moved into the first call.
struct Ticket {
    seat: u32,
}

fn show(t: Ticket) {
    println!("seat {}", t.seat);
}

fn main() {
    let ticket = Ticket { seat: 12 };
    show(ticket);
    show(ticket);
}
