use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let r = thread::scope(|s| {
        let h = s.spawn(|| {
            if v.len() == 3 {
                panic!("bad chunk");
            }
            v.len()
        });
        h.join().is_err()
    });
    println!("{}", r);
}
