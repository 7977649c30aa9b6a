use std::collections::{BTreeMap, BTreeSet, HashMap};

fn main() {
    let base = BTreeMap::from([(1, 'a'), (2, 'b')]);
    let mut copy = BTreeMap::new();
    copy.extend(&base);
    copy.extend(base.iter().map(|(k, v)| (*k + 10, *v)));
    println!("{:?} {}", copy, base.len());
    let mut totals: HashMap<&str, u32> = HashMap::from([("x", 1)]);
    let more: HashMap<&str, u32> = HashMap::from([("y", 2)]);
    totals.extend(more);
    let mut keys: Vec<&str> = totals.keys().copied().collect();
    keys.sort();
    println!("{:?}", keys);
    let groups = vec![BTreeSet::from([3, 1]), BTreeSet::from([2])];
    let flat: Vec<i32> = groups.into_iter().flatten().collect();
    println!("{:?}", flat);
}
