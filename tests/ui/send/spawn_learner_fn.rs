use std::thread;

fn work() -> i32 {
    6 * 7
}

fn main() {
    let h = thread::spawn(work);
    println!("{}", h.join().unwrap());
}
