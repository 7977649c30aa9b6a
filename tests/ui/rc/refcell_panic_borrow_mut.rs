// Two live mutable borrows of one RefCell panic at run time.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(5);
    let first = cell.borrow_mut();
    println!("first = {}", first);
    let second = cell.borrow_mut();
    println!("second = {}", second);
}
