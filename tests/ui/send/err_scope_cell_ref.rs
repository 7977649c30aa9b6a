use std::cell::Cell;
use std::thread;

fn main() {
    let count = Cell::new(0);
    thread::scope(|s| {
        s.spawn(|| {
            count.set(count.get() + 1);
        });
    });
    println!("{}", count.get());
}
