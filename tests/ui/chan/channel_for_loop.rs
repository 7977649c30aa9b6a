use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let handle = thread::spawn(move || {
        for word in ["alpha", "beta", "gamma"] {
            tx.send(word.to_string()).unwrap();
        }
    });
    handle.join().unwrap();
    for word in rx {
        println!("got {}", word);
    }
    println!("all senders gone");
}
