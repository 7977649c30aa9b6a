use std::thread;

fn main() {
    thread::scope(|s| {
        let x = 5;
        let y = 6;
        s.spawn(|| println!("{} {}", x, y));
    });
}
