// The data in an Rc is shared: it cannot be borrowed as mutable.
use std::rc::Rc;

fn main() {
    let v = Rc::new(vec![1, 2, 3]);
    v.push(4);
    println!("{:?}", v);
}
