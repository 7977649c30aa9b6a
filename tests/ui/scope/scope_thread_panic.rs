use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| {
            if v.len() == 3 {
                panic!("bad chunk");
            }
        });
    });
    println!("unreachable");
}
