//@ mode: check
// Which collection iterators rustc calls lazy (must_use types) and which not.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    m.keys();
    m.values();
    m.iter();
    let b: BTreeMap<i32, i32> = BTreeMap::new();
    b.keys();
    b.iter();
    let h: HashSet<i32> = HashSet::new();
    h.iter();
    h.union(&h);
    h.difference(&h);
    let s: BTreeSet<i32> = BTreeSet::new();
    s.intersection(&s);
    "a b".lines();
    "a b".split_whitespace();
    "a b".match_indices('a');
}
