//@ mode: check
// An FnOnce closure cannot be called twice.
struct Ticket {
    seat: u32,
}

fn main() {
    let t = Ticket { seat: 12 };
    let redeem = move || {
        let used = t;
        used.seat
    };
    println!("{}", redeem());
    println!("{}", redeem());
}
