// Moving a field out of the value an Rc points to is not allowed.
use std::rc::Rc;
struct P { name: String }
fn main() {
    let r = Rc::new(P { name: String::from("a") });
    let s = r.name;
    println!("{}", s);
}
