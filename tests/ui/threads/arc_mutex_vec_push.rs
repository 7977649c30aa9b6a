use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut hs = Vec::new();
    for id in 1..=3 {
        let log = Arc::clone(&log);
        hs.push(thread::spawn(move || {
            log.lock().unwrap().push(id * 10);
            id
        }));
    }
    let ids: Vec<i32> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    let mut v: Vec<i32> = log.lock().unwrap().iter().map(|x| *x).collect();
    v.sort();
    println!("{ids:?} {v:?}");
}
