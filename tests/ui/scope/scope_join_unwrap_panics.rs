use std::thread;

fn main() {
    let items = vec![1, 2, 3];
    thread::scope(|s| {
        let h = s.spawn(|| {
            let idx = items.len();
            items[idx]
        });
        let value = h.join().unwrap();
        println!("value = {}", value);
    });
}
