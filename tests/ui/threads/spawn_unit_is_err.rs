use std::thread;

fn work(n: u32) {
    println!("step {n}");
}

fn main() {
    let a = thread::spawn(|| work(1));
    a.join().unwrap();
    let b = thread::spawn(|| work(2));
    let r = b.join();
    println!("ok: {}", r.is_ok());
}
