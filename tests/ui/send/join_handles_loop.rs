use std::thread;
use std::thread::JoinHandle;

fn main() {
    let mut handles: Vec<JoinHandle<u64>> = Vec::new();
    for n in 1..=4u64 {
        handles.push(thread::spawn(move || n * n));
    }
    let mut sum = 0;
    for h in handles {
        sum += h.join().unwrap();
    }
    println!("{}", sum);
}
