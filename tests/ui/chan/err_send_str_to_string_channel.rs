use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    let worker = thread::spawn(move || {
        tx.send("done").unwrap();
    });
    worker.join().unwrap();
    println!("{}", rx.recv().unwrap());
}
