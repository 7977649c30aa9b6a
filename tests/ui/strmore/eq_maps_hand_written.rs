use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug)]
struct Reading {
    value: i32,
    note: &'static str,
}

impl PartialEq for Reading {
    // Two readings are the same whatever their notes.
    fn eq(&self, other: &Reading) -> bool {
        self.value == other.value
    }
}

fn main() {
    let mut a = BTreeMap::new();
    a.insert(1, Reading { value: 5, note: "am" });
    let mut b = BTreeMap::new();
    b.insert(1, Reading { value: 5, note: "pm" });
    println!("{}", a == b);
    b.insert(2, Reading { value: 6, note: "x" });
    println!("{}", a == b);

    let mut h1 = HashMap::new();
    h1.insert("k", Reading { value: 7, note: "p" });
    let mut h2 = HashMap::new();
    h2.insert("k", Reading { value: 7, note: "q" });
    println!("{} {}", h1 == h2, h1 != h2);
    h2.insert("k", Reading { value: 8, note: "q" });
    println!("{}", h1 == h2);

    let t1: HashSet<i32> = [1, 2].into_iter().collect();
    let t2: HashSet<i32> = [2, 1].into_iter().collect();
    println!("{} {:?}", t1 == t2, a.get(&1).map(|r| r.note));
}
