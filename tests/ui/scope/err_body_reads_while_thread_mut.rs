use std::thread;

fn main() {
    let mut n = 1;
    thread::scope(|s| {
        s.spawn(|| n += 1);
        println!("{}", n);
    });
}
