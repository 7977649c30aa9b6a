use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2]));
    let d = Arc::clone(&data);
    let h = thread::spawn(move || {
        let mut v = d.lock().unwrap();
        v.push(3);
        panic!("worker failed");
    });
    println!("joined ok: {}", h.join().is_ok());
    let got = data.lock();
    println!("poisoned: {}", got.is_err());
}
