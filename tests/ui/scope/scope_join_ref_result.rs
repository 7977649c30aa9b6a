use std::thread;

fn main() {
    let v = vec![7, 8, 9];
    let first = thread::scope(|s| {
        let h = s.spawn(|| &v[0]);
        let r = h.join().unwrap();
        *r + 1
    });
    println!("{} {:?}", first, v);
}
