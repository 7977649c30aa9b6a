use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let start = Instant::now();
    thread::sleep(Duration::from_millis(10));
    let waited = start.elapsed();
    println!("waited at least 10ms: {}", waited >= Duration::from_millis(10));
    println!("non-negative: {}", start.elapsed() >= Duration::ZERO);
    let later = Instant::now();
    println!("ordered: {}", later >= start);
    println!("since: {}", later.duration_since(start) >= Duration::from_millis(10));
}
