// A value moved into Rc::new cannot be used afterwards.
use std::rc::Rc;

fn main() {
    let name = String::from("ferris");
    let shared = Rc::new(name);
    println!("{} {}", shared, name);
}
