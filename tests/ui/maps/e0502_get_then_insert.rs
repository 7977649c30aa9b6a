use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 10);
    let first = m.get(&1);
    m.insert(2, 20);
    println!("{:?}", first);
}
