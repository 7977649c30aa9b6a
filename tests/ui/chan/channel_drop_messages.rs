use std::sync::mpsc;

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    tx.send(Noisy(1)).unwrap();
    tx.send(Noisy(2)).unwrap();
    let first = rx.recv().unwrap();
    println!("received {}", first.0);
    drop(rx);
    println!("receiver gone");
    let r = tx.send(Noisy(3));
    println!("send failed: {}", r.is_err());
}
