use std::rc::Rc;
use std::thread;

fn main() {
    let h = thread::spawn(|| Rc::new(5));
    let v = h.join().unwrap();
    println!("{}", v);
}
