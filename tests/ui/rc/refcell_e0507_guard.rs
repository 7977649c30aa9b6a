// A field cannot be moved out through a RefCell guard.
use std::cell::RefCell;
struct P { name: String }
fn main() {
    let c = RefCell::new(P { name: String::from("a") });
    let s = c.borrow().name;
    println!("{}", s);
}
