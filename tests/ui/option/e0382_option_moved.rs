//@ mode: check
#[derive(Debug)]
struct Ticket {
    id: u32,
}

fn main() {
    let t = Some(Ticket { id: 1 });
    let first = t;
    println!("{:?} {:?}", first, t);
}
