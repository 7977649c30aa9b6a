// A method call on a field borrows only that field.
struct Meter {
    ticks: u32,
}

impl Meter {
    fn tick(&mut self) -> u32 {
        self.ticks += 1;
        self.ticks
    }
}

struct Machine {
    meter: Meter,
    name: char,
}

fn main() {
    let mut m = Machine { meter: Meter { ticks: 0 }, name: 'A' };
    let mut run = || m.meter.tick();
    let label = &m.name;
    run();
    println!("{} {}", run(), *label);
}
