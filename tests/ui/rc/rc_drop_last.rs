// The value inside an Rc is dropped when the last Rc pointing to it is dropped.
use std::rc::Rc;

struct Resource {
    name: &'static str,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("free {}", self.name);
    }
}

fn main() {
    let first = Rc::new(Resource { name: "file" });
    let second = Rc::clone(&first);
    println!("two owners: {}", Rc::strong_count(&first));
    drop(first);
    println!("one owner left: {}", Rc::strong_count(&second));
    drop(second);
    println!("no owners left");
}
