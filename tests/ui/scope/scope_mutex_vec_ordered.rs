use std::sync::Mutex;
use std::thread;

fn main() {
    let seen = Mutex::new(Vec::new());
    thread::scope(|s| {
        for i in 0..3 {
            let seen = &seen;
            let h = s.spawn(move || {
                seen.lock().unwrap().push(i);
                i * 2
            });
            println!("thread {} gave {}", i, h.join().unwrap());
        }
    });
    println!("{:?}", seen.lock().unwrap());
}
