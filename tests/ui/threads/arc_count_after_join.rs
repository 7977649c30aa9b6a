use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for i in 1..=4 {
        let t = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            *t.lock().unwrap() += i;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("count {}", Arc::strong_count(&total));
    println!("total {}", *total.lock().unwrap());
}
