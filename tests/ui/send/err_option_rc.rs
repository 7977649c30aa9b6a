use std::rc::Rc;
use std::thread;

fn main() {
    let item = Some(Rc::new(1));
    let b = Box::new(Rc::new(2));
    let h = thread::spawn(move || {
        println!("{:?} {}", item, b);
    });
    h.join().unwrap();
}
