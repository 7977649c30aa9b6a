use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert("pear", 3);
    m.insert("apple", 7);
    m.insert("fig", 1);
    println!("{:?}", m);
    for (k, v) in &m {
        println!("{k} -> {v}");
    }
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
}
