// A `&mut self` method through a box needs the box's binding to be `mut`.
struct Counter {
    n: u32,
}

impl Counter {
    fn tick(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let c = Box::new(Counter { n: 0 });
    c.tick();
    println!("{}", c.n);
}
