use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u8>();
    tx.send(1).unwrap();
    let first = thread::spawn(move || rx.recv().unwrap());
    println!("{:?}", rx.try_recv());
    println!("{}", first.join().unwrap());
}
