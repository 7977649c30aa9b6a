use std::thread;

fn main() {
    let words = vec!["alpha", "beta", "gamma", "delta"];
    thread::scope(|s| {
        let first = s.spawn(|| {
            for w in &words[..2] {
                println!("first: {}", w);
            }
        });
        first.join().unwrap();
        let second = s.spawn(|| {
            for w in &words[2..] {
                println!("second: {}", w);
            }
        });
        second.join().unwrap();
    });
    println!("{} words", words.len());
}
