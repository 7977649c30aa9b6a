use std::thread;

fn main() {
    let mut counter = 0;
    let data = vec![3, 4, 5];
    thread::scope(|s| {
        s.spawn(|| {
            for x in &data {
                counter += x;
            }
        });
        s.spawn(|| println!("reader sees {} items", data.len()));
    });
    counter += 1;
    println!("counter = {}", counter);
}
