use std::collections::{BTreeMap, HashMap};
fn main() {
    let mut m = HashMap::from([(String::from("k"), 1)]);
    println!("{:?} {:?}", m.get_key_value("k"), m.get_key_value("z"));
    println!("{:?} {}", m.remove_entry("k"), m.len());
    let mut b = BTreeMap::from([(2, 'b'), (1, 'a')]);
    println!("{:?} {:?}", b.remove_entry(&1), b);
}
