use std::sync::mpsc::{self, Sender};

fn report(out: Sender<String>) {
    out.send(String::from("ok")).unwrap();
}

fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    report(&tx);
    println!("{:?}", rx.try_recv());
}
