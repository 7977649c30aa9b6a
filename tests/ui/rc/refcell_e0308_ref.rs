// borrow() gives a Ref guard, not the value itself.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(3);
    let n: i32 = cell.borrow();
    println!("{}", n);
}
