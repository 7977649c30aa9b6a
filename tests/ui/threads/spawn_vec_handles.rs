use std::thread;

fn main() {
    let mut handles = Vec::new();
    for i in 0..4 {
        handles.push(thread::spawn(move || i * i));
    }
    let mut total = 0;
    for h in handles {
        let sq = h.join().unwrap();
        println!("square: {sq}");
        total += sq;
    }
    println!("total = {total}");
}
