use std::cell::RefCell;
use std::thread;

fn main() {
    let log = RefCell::new(Vec::new());
    let h = thread::spawn(|| {
        log.borrow_mut().push(1);
    });
    h.join().unwrap();
}
