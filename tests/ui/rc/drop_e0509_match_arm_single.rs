struct Ticket {
    owner: String,
    seat: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket dropped");
    }
}

fn main() {
    let t = Ticket { owner: String::from("ana"), seat: 4 };
    match t {
        Ticket { owner, seat } => println!("{owner} {seat}"),
    }
    let u = Ticket { owner: String::from("bo"), seat: 5 };
    let Ticket { owner: mut name, .. } = u;
    name.push('!');
    println!("{name}");
}
