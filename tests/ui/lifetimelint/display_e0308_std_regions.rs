//@ mode: check
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    let total: usize = c.borrow();
    println!("{total}");
}
