use std::thread;

fn main() {
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| total += 5);
        s.spawn(|| println!("{}", total));
    });
    println!("{}", total);
}
