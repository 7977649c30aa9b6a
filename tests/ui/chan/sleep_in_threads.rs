use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let worker = thread::spawn(move || {
        for step in 1..=3 {
            thread::sleep(Duration::from_millis(1));
            tx.send(format!("step {}", step)).unwrap();
        }
    });
    for msg in rx {
        println!("{}", msg);
    }
    worker.join().unwrap();
    println!("done");
}
