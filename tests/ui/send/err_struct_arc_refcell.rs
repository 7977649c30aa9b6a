use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

struct Shared {
    log: Arc<RefCell<Vec<String>>>,
}

fn push(s: Shared) {
    s.log.borrow_mut().push(String::from("x"));
}

fn main() {
    let s = Shared { log: Arc::new(RefCell::new(Vec::new())) };
    let h = thread::spawn(move || push(s));
    h.join().unwrap();
}
