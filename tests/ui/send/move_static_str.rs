use std::thread;

fn main() {
    let greeting: &'static str = "hello";
    let h = thread::spawn(move || {
        println!("{} from a thread", greeting);
    });
    h.join().unwrap();
}
