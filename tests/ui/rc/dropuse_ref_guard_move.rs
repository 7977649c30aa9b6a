use std::cell::RefCell;
fn main() {
    let c = RefCell::new(5);
    let r = c.borrow();
    let d = c;
    println!("{}", d.borrow());
}
