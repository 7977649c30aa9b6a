use std::thread;

fn main() {
    let h = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    match h.join() {
        Ok(x) => println!("value {x}"),
        Err(_) => println!("the thread panicked"),
    }
    println!("main goes on");
}
