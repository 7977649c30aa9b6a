//@ mode: check
use std::borrow::Borrow;
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1]));
    let n = shared.borrow().len();
    println!("{}", n);
}
