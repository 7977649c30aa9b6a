use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        tx.send(1).unwrap();
    });
    tx.send(2).unwrap();
    h.join().unwrap();
    println!("{}", rx.recv().unwrap());
}
