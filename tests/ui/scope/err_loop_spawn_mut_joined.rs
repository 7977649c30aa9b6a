use std::thread;

fn main() {
    let mut counter = 0;
    thread::scope(|s| {
        for _ in 0..2 {
            let h = s.spawn(|| counter += 1);
            h.join().unwrap();
        }
    });
    println!("{}", counter);
}
