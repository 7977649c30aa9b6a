//@ mode: check
struct Tank {
    litres: u32,
}

impl Tank {
    fn new(litres: u32) -> Tank {
        Tank { litres }
    }
}

fn main() {
    let t = Tank::new(10, 20);
    println!("{}", t.litres);
}
