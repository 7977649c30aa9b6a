use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || tx.send(1).unwrap()).join().unwrap();
    println!("{}", rx.recv().unwrap());
}
