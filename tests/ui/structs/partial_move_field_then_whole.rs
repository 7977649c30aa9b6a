//@ mode: check
// Moving a non-Copy field out of a struct, then passing the whole struct on.
struct Engine {
    power: u32,
}

struct Car {
    engine: Engine,
    seats: u8,
}

fn park(c: Car) {
    println!("{} seats", c.seats);
}

fn main() {
    let car = Car { engine: Engine { power: 90 }, seats: 4 };
    let e = car.engine;
    println!("{}", e.power);
    park(car);
}
