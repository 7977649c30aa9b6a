use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let colors = HashMap::from([("red", 0xff0000), ("green", 0x00ff00)]);
    println!("{:06x}", colors["green"]);
    let rank = BTreeMap::from([(3, "bronze"), (1, "gold"), (2, "silver")]);
    println!("{:?}", rank);
    let vowels = HashSet::from(['a', 'e', 'i', 'o', 'u']);
    println!("{}", "rust".chars().filter(|c| vowels.contains(c)).count());
    let v = Vec::from([1, 2, 3]);
    println!("{:?}", v);
}
