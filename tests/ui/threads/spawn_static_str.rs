use std::thread;

fn main() {
    let name = "worker";
    let h = thread::spawn(move || {
        println!("{}", name);
    });
    h.join().unwrap();
}
