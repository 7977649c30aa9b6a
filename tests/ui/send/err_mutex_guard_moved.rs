use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(0));
    let guard = m.lock().unwrap();
    let h = thread::spawn(move || {
        println!("{}", *guard);
    });
    h.join().unwrap();
}
