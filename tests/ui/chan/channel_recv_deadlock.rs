use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send(1).unwrap();
    for v in rx.iter().take(1) {
        println!("{}", v);
    }
    println!("{:?}", rx.try_recv());
    drop(tx);
    println!("{:?}", rx.recv());
}
