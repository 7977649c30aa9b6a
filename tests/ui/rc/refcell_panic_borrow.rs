// A shared borrow while a mutable borrow lives panics too.
use std::cell::RefCell;

fn add_one(cell: &RefCell<Vec<i32>>) {
    let mut v = cell.borrow_mut();
    let len = cell.borrow().len();
    v.push(len as i32);
}

fn main() {
    let cell = RefCell::new(vec![1]);
    add_one(&cell);
    println!("{:?}", cell);
}
