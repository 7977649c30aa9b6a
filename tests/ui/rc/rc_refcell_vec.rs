// Rc<RefCell<Vec<i32>>>: pushing through any clone is seen by all of them.
use std::cell::RefCell;
use std::rc::Rc;

fn fill(target: Rc<RefCell<Vec<i32>>>, from: i32) {
    for i in from..from + 3 {
        target.borrow_mut().push(i);
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    fill(Rc::clone(&shared), 1);
    fill(Rc::clone(&shared), 10);
    println!("{:?}", shared.borrow());
    let total: i32 = shared.borrow().iter().sum();
    println!("sum {} count {}", total, Rc::strong_count(&shared));
}
