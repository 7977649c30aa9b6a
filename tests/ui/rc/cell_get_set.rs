// Cell gives interior mutability for Copy values through a shared reference.
use std::cell::Cell;

struct Counter {
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0) };
    c.hit();
    c.hit();
    println!("hits: {}", c.hits.get());
    let old = c.hits.replace(10);
    println!("old {} new {}", old, c.hits.get());
    let flag = Cell::new(false);
    let r1 = &flag;
    let r2 = &flag;
    r1.set(true);
    println!("flag via r2: {}", r2.get());
    println!("{:?}", flag);
    println!("inner {}", c.hits.into_inner());
}
