// A struct whose methods update its state, called in a loop and chained.
#[derive(Debug)]
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn with_step(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn tick(&mut self) -> &mut Counter {
        self.count += self.step;
        self
    }

    fn value(&self) -> u32 {
        self.count
    }

    fn reset(&mut self) {
        self.count = 0;
    }
}

impl Counter {
    fn doubled(&self) -> u32 {
        self.value() * 2
    }
}

fn main() {
    let mut c = Counter::with_step(5);
    for _ in 0..3 {
        c.tick();
    }
    println!("{} {}", c.value(), c.doubled());
    c.tick().tick();
    println!("{:?}", c);
    let v = c.tick().value();
    println!("{v}");
    c.reset();
    println!("{}", c.value());
}
