use std::thread;

fn main() {
    let name = String::from("ferris");
    let greeting = thread::scope(|s| {
        let h = s.spawn(|| format!("hello, {}", name));
        let text = h.join().unwrap();
        text.to_uppercase()
    });
    println!("{}", greeting);
    println!("{}", name);
}
