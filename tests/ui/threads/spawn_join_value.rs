use std::thread;

fn main() {
    let name = String::from("worker");
    let handle = thread::spawn(move || {
        println!("hello from {name}");
        name.len() * 2
    });
    let doubled = handle.join().unwrap();
    println!("joined: {doubled}");
}
