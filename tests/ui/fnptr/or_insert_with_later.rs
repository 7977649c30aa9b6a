use std::collections::HashMap;

fn main() {
    let mut groups = HashMap::new();
    for w in ["apple", "avocado", "banana"] {
        let first = w.chars().next().unwrap();
        groups.entry(first).or_insert_with(Vec::new).push(w.len());
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, groups[&k]);
    }
}
