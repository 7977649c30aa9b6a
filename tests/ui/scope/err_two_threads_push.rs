use std::thread;

fn main() {
    let mut out = Vec::new();
    thread::scope(|s| {
        let a = s.spawn(|| out.push(1));
        a.join().unwrap();
        let b = s.spawn(|| out.push(2));
        b.join().unwrap();
    });
    println!("{:?}", out);
}
