// Rc::ptr_eq compares the allocations; == compares the values.
use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    let c = Rc::new(5);
    println!("a and b same allocation: {}", Rc::ptr_eq(&a, &b));
    println!("a and c same allocation: {}", Rc::ptr_eq(&a, &c));
    println!("a == c: {}", a == c);
}
