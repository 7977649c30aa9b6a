use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in "mississippi".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let ordered: BTreeMap<char, u32> = counts.into_iter().collect();
    println!("{:?}", ordered);
    let swapped: BTreeMap<u32, char> = ordered.iter().map(|(c, n)| (*n, *c)).collect();
    println!("{:?}", swapped);
}
