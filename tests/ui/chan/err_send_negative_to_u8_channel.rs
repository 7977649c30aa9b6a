use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    tx.send(1u8).unwrap();
    tx.send(-4i64).unwrap();
    println!("{:?}", rx.recv());
}
