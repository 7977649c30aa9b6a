use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let shared = Arc::new(RefCell::new(0));
    let s = Arc::clone(&shared);
    let h = thread::spawn(move || {
        *s.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", shared.borrow());
}
