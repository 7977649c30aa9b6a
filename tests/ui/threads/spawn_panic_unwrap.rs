use std::thread;

fn main() {
    let h = thread::spawn(|| {
        if 2 > 1 {
            panic!("worker failed");
        }
        3
    });
    let n: i32 = h.join().unwrap();
    println!("{n}");
}
