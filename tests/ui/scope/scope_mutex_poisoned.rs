use std::sync::Mutex;
use std::thread;

fn main() {
    let m = Mutex::new(vec![1]);
    thread::scope(|s| {
        let h = s.spawn(|| {
            let mut g = m.lock().unwrap();
            g.push(2);
            if g.len() == 2 {
                panic!("oops while locked");
            }
        });
        println!("thread failed: {}", h.join().is_err());
    });
    println!("poisoned: {}", m.lock().is_err());
}
