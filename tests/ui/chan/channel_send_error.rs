use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    drop(rx);
    match tx.send(String::from("lost")) {
        Ok(()) => println!("sent"),
        Err(e) => {
            println!("{:?}", e);
            println!("{}", e);
            println!("back: {}", e.0);
        }
    }
}
