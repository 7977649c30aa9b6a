//@ mode: check
struct Ticket {
    id: u32,
}

fn main() {
    let t = Ticket { id: 4 };
    let r = &t;
    let moved = t;
    println!("{} {}", r.id, moved.id);
}
