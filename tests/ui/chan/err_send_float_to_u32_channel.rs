use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let average = 2.5;
    tx.send(average).unwrap();
    println!("{:?}", rx.recv());
}
