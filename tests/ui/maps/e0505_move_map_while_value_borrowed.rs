use std::collections::HashMap;

fn consume(m: HashMap<u8, String>) -> usize {
    m.len()
}

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("one"));
    let first = m.get(&1).unwrap();
    let n = consume(m);
    println!("{first} {n}");
}
