use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let m = BTreeMap::from([(1, 'a'), (3, 'c'), (2, 'b')]);
    for (k, v) in m.iter().rev() { print!("{k}{v} "); }
    let mut it = m.keys();
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.next(), it.next());
    let s = BTreeSet::from([5, 9, 7]);
    for x in s.iter().rev() { print!("{x} "); }
    for x in s.into_iter().rev() { print!("{x} "); }
    println!();
}
