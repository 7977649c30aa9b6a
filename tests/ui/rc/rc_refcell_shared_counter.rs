// Rc<RefCell<T>>: two owners share one mutable counter.
use std::cell::RefCell;
use std::rc::Rc;

struct Owner {
    name: &'static str,
    counter: Rc<RefCell<i32>>,
}

impl Owner {
    fn bump(&self) {
        *self.counter.borrow_mut() += 1;
        println!("{} bumped to {}", self.name, self.counter.borrow());
    }
}

fn main() {
    let counter = Rc::new(RefCell::new(0));
    let a = Owner { name: "a", counter: Rc::clone(&counter) };
    let b = Owner { name: "b", counter: Rc::clone(&counter) };
    a.bump();
    b.bump();
    a.bump();
    println!("total {} with {} owners", counter.borrow(), Rc::strong_count(&counter));
}
