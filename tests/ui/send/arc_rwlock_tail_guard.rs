use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let data = Arc::new(RwLock::new(vec![1, 2, 3]));
    let d = Arc::clone(&data);
    let h = thread::spawn(move || d.read().unwrap().len());
    println!("{}", h.join().unwrap());
    data.write().unwrap().push(4);
    println!("{:?}", data.read().unwrap());
}
