//@ mode: check
use std::cell::{Ref, RefCell};

fn peek(cell: &RefCell<Vec<i32>>) -> Ref<Vec<i32>> {
    cell.borrow()
}

fn main() {
    let c = RefCell::new(vec![1, 2]);
    println!("{}", peek(&c).len());
}
