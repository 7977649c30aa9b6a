use std::sync::mpsc;

fn main() {
    let (tx, _rx) = mpsc::channel::<u8>();
    let other: mpsc::Sender<i64> = tx;
    drop(other);
}
