use std::thread;

fn main() {
    let n = 4;
    thread::scope(|s| {
        let h = s.spawn(|| {
            if n > 3 {
                panic!("first thread failed");
            }
        });
        println!("joined: {}", h.join().is_ok());
        s.spawn(|| println!("second thread sees {}", n));
    });
    println!("after the scope");
}
