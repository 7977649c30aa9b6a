use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    drop(tx);
    let err = rx.recv().unwrap_err();
    println!("{:?}", err);
    println!("{}", err);
    let e2 = rx.try_recv().unwrap_err();
    println!("{} / {:?}", e2, e2);
}
