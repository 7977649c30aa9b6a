use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    thread::spawn(move || {
        tx.send(6 * 7).unwrap();
    })
    .join()
    .unwrap();
    let answer = rx.recv().unwrap();
    println!("answer = {}", answer);
    println!("{:?}", rx.recv());
}
