use std::rc::Rc;
use std::thread;

fn main() {
    let local = Rc::new(3);
    let h = thread::spawn(|| {
        let inside = Rc::new(4);
        *inside * 2
    });
    println!("{} {}", local, h.join().unwrap());
}
