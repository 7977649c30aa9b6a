use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send("five").unwrap();
    println!("{:?}", rx.recv());
}
