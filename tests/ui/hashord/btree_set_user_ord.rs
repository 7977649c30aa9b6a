use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq)]
struct Rev(u32);

impl Ord for Rev {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Rev {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut s = BTreeSet::new();
    for n in [3, 9, 1, 7, 9, 3] {
        let fresh = s.insert(Rev(n));
        println!("insert {} -> {}", n, fresh);
    }
    println!("{:?}", s);
    println!("first {:?} last {:?}", s.first(), s.last());
    println!("has 7: {}, has 8: {}", s.contains(&Rev(7)), s.contains(&Rev(8)));
    s.remove(&Rev(9));
    let order: Vec<u32> = s.iter().map(|r| r.0).collect();
    println!("{:?}", order);
}
