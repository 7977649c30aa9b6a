use std::cell::RefCell;

struct Tally {
    hits: u32,
}

fn main() {
    let t = RefCell::new(Tally { hits: 0 });
    let g = t.borrow_mut();
    g.hits += 2;
}
