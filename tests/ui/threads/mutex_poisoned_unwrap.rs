use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(0));
    let d = Arc::clone(&data);
    let h = thread::spawn(move || {
        let _g = d.lock().unwrap();
        panic!("oops");
    });
    let _ = h.join();
    let n = data.lock().unwrap();
    println!("{}", n);
}
