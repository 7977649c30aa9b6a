// A shared Ref guard does not allow writing through it.
use std::cell::RefCell;
struct P { x: i32 }
fn main() {
    let c = RefCell::new(P { x: 1 });
    c.borrow().x = 5;
    println!("{}", c.borrow().x);
}
