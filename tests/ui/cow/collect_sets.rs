use std::collections::{BTreeSet, HashSet};

fn main() {
    let words = "the cat saw the dog and the cat";
    let unique: HashSet<&str> = words.split(' ').collect();
    println!("{}", unique.len());
    let sorted: BTreeSet<&str> = words.split(' ').collect();
    println!("{:?}", sorted);
    let evens: BTreeSet<u32> = (1..10).filter(|n| n % 2 == 0).collect();
    println!("{:?} {}", evens, evens.contains(&4));
}
