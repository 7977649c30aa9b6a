// Assigning through an Rc is not allowed: Rc has no DerefMut.
use std::rc::Rc;

fn main() {
    let n = Rc::new(5);
    *n = 6;
    println!("{}", n);
}
