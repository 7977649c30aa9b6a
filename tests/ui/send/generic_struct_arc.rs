use std::sync::{Arc, Mutex};
use std::thread;

struct Holder<T> {
    value: T,
}

fn main() {
    let h = Holder { value: Arc::new(Mutex::new(1)) };
    let t = thread::spawn(move || {
        let inner = h;
        *inner.value.lock().unwrap() += 1;
        inner
    });
    let back = t.join().unwrap();
    println!("{}", back.value.lock().unwrap());
}
