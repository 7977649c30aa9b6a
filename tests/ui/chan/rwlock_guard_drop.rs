use std::sync::RwLock;

fn main() {
    let n = RwLock::new(10);
    let r = n.read().unwrap();
    let doubled = *r * 2;
    drop(r);
    *n.write().unwrap() += doubled;
    let value = *n.read().unwrap();
    println!("value = {}", value);
}
