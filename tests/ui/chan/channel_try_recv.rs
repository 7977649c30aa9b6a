use std::sync::mpsc::{self, TryRecvError};

fn main() {
    let (tx, rx) = mpsc::channel();
    println!("{:?}", rx.try_recv());
    tx.send('x').unwrap();
    println!("{:?}", rx.try_recv());
    drop(tx);
    match rx.try_recv() {
        Err(TryRecvError::Disconnected) => println!("disconnected"),
        Err(TryRecvError::Empty) => println!("empty"),
        Ok(c) => println!("got {}", c),
    }
}
