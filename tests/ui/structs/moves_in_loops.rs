//@ mode: check
// Moves in loops, and the clone() help for Clone types.
#[derive(Debug, Clone)]
struct Ticket {
    seat: u32,
}

fn consume(t: Ticket) -> u32 {
    t.seat
}

fn main() {
    let t = Ticket { seat: 7 };
    let kept = t.clone();
    let moved = t;
    println!("{:?} {:?}", kept, moved);
    let u = Ticket { seat: 9 };
    for _ in 0..2 {
        println!("{}", consume(u));
    }
    let v = Ticket { seat: 1 };
    let w = v;
    println!("{}", v.seat + w.seat);
}
