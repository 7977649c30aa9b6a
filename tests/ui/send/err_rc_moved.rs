use std::rc::Rc;
use std::thread;

fn main() {
    let n = Rc::new(5);
    let h = thread::spawn(move || {
        println!("{}", n);
    });
    h.join().unwrap();
}
