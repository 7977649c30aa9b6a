use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send(4).unwrap();
    let n = rx.recv() + 1;
    println!("{}", n);
}
