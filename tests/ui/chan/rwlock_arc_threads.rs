use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let config = Arc::new(RwLock::new(String::from("v1")));
    let writer = {
        let config = Arc::clone(&config);
        thread::spawn(move || {
            let mut c = config.write().unwrap();
            c.push_str("-patched");
        })
    };
    writer.join().unwrap();
    let mut readers = Vec::new();
    for i in 0..2 {
        let config = Arc::clone(&config);
        readers.push(thread::spawn(move || {
            let c = config.read().unwrap();
            format!("reader {} sees {}", i, *c)
        }));
    }
    for r in readers {
        println!("{}", r.join().unwrap());
    }
    println!("count = {}", Arc::strong_count(&config));
}
