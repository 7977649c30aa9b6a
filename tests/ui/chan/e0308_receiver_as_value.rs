use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send(4).unwrap();
    let n: i32 = rx;
    println!("{}", n);
}
