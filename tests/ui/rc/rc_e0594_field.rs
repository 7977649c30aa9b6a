// A field of a struct inside an Rc cannot be assigned.
use std::rc::Rc;

struct Counter {
    count: u32,
}

fn main() {
    let c = Rc::new(Counter { count: 0 });
    c.count = 1;
    println!("{}", c.count);
}
