// A value moved into a function is dropped at the end of that function, not at
// the end of the caller's scope.
struct Ticket {
    id: i32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} dropped", self.id);
    }
}

fn consume(t: Ticket) {
    println!("consuming ticket {}", t.id);
}

fn main() {
    let a = Ticket { id: 1 };
    let b = Ticket { id: 2 };
    consume(a);
    println!("after consume");
    let c = b;
    println!("moved b into c: {}", c.id);
}
