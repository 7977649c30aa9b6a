use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Pri(u8);

impl Ord for Pri {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Pri {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

// Derived: ordered by `pri` first (through `Pri::cmp`), then by `id`.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    pri: Pri,
    id: u32,
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(Job { pri: Pri(1), id: 4 }, "low");
    m.insert(Job { pri: Pri(5), id: 2 }, "high");
    m.insert(Job { pri: Pri(1), id: 1 }, "low first");
    m.insert(Job { pri: Pri(3), id: 9 }, "mid");
    for (j, what) in &m {
        println!("{} {} {}", j.pri.0, j.id, what);
    }
    println!("{:?}", m.first_key_value());
    let mut by_tuple = BTreeMap::new();
    for (n, w) in [(2, "b"), (9, "a"), (2, "a")] {
        by_tuple.insert((Pri(n), w), n);
    }
    println!("{:?}", by_tuple);
}
