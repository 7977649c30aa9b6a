use std::cell::RefCell;

fn describe(c: &RefCell<Vec<i32>>) -> String {
    return format!("{} items, first {:?}", c.borrow().len(), c.borrow().first());
}

fn main() {
    let c = RefCell::new(vec![4, 5]);
    println!("{}", describe(&c));
    c.borrow_mut().push(6);
    while c.borrow().len() < 5 {
        c.borrow_mut().push(0);
    }
    println!("{:?}", c.borrow());
}
