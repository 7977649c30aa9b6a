use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    tx.send(4).unwrap();
    let n: i32 = rx.recv();
    println!("{}", n);
}
