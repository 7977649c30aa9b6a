use std::collections::HashMap;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut m = HashMap::new();
    m.insert(1, Noisy("first"));
    let old = m.insert(1, Noisy("second"));
    println!("replaced");
    drop(old);
    m.remove(&1);
    println!("removed");
    m.insert(2, Noisy("third"));
    println!("end of main");
}
