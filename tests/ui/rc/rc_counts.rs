// Rc::clone shares the value; strong_count follows clones and drops.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    println!("after new: {}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    println!("after Rc::clone: {}", Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("inside the block: {} ({})", Rc::strong_count(&c), c);
    }
    println!("after the block: {}", Rc::strong_count(&b));
    drop(b);
    println!("after drop: {}", Rc::strong_count(&a));
}
