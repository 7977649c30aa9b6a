use std::thread;

fn main() {
    let v = vec![10, 20, 30];
    let n = thread::scope(|s| {
        let h = s.spawn(|| v.len());
        h.join().unwrap()
    });
    println!("len = {}", n);
}
