use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<char, Vec<usize>> = HashMap::new();
    for word in ["apple", "avocado", "banana"] {
        let first = word.chars().next().unwrap();
        groups.entry(first).or_insert_with(Vec::new).push(word.len());
    }
    let mut keys: Vec<&char> = groups.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {:?}", k, groups[k]);
    }
}
