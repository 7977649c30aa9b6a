// Rc::try_unwrap gives the value back only to the last owner.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("only"));
    let b = Rc::clone(&a);
    match Rc::try_unwrap(a) {
        Ok(s) => println!("got {}", s),
        Err(rc) => println!("still shared: {}", Rc::strong_count(&rc)),
    }
    match Rc::try_unwrap(b) {
        Ok(s) => println!("got {}", s),
        Err(rc) => println!("still shared: {}", Rc::strong_count(&rc)),
    }
}
