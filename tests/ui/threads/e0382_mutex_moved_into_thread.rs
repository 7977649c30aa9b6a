use std::sync::Mutex;
use std::thread;

fn main() {
    let total = Mutex::new(0);
    let worker = thread::spawn(move || {
        *total.lock().unwrap() += 5;
    });
    worker.join().unwrap();
    let again = total.lock().unwrap();
    println!("{}", *again);
}
