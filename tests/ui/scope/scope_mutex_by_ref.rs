use std::sync::Mutex;
use std::thread;

fn main() {
    let total = Mutex::new(0);
    let nums = vec![1, 2, 3, 4, 5, 6, 7, 8];
    thread::scope(|s| {
        for chunk in nums.chunks(3) {
            let total = &total;
            s.spawn(move || {
                let sum: i32 = chunk.iter().sum();
                *total.lock().unwrap() += sum;
            });
        }
    });
    println!("total = {}", total.into_inner().unwrap());
}
