// A RefCell does not implement Display: borrow it first.
use std::cell::RefCell;

fn main() {
    let value = RefCell::new(3);
    println!("{}", value);
}
