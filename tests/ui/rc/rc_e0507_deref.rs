// `*rc` cannot move the value out of an Rc.
use std::rc::Rc;
fn main() {
    let r = Rc::new(String::from("a"));
    let s = *r;
    println!("{}", s);
}
