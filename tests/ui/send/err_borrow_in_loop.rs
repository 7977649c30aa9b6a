use std::thread;

fn main() {
    let name = String::from("worker");
    let mut handles = Vec::new();
    for i in 0..2 {
        handles.push(thread::spawn(|| {
            println!("{} {}", name, i);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
