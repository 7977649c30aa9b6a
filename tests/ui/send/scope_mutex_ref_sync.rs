use std::sync::Mutex;
use std::thread;

struct Stats {
    hits: Mutex<u32>,
    name: String,
}

fn main() {
    let stats = Stats { hits: Mutex::new(0), name: String::from("page") };
    thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| {
                *stats.hits.lock().unwrap() += 1;
            });
        }
    });
    println!("{} {}", stats.name, stats.hits.lock().unwrap());
}
