use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day(u8);

// The week starts on Monday (1); Sunday (0) comes last.
impl Ord for Day {
    fn cmp(&self, other: &Self) -> Ordering {
        let key = |d: &Day| (d.0 + 6) % 7;
        key(self).cmp(&key(other))
    }
}

impl PartialOrd for Day {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut hours: BTreeMap<Day, u32> = BTreeMap::new();
    for (d, h) in [(0, 2), (3, 8), (1, 7), (6, 4), (3, 1)] {
        *hours.entry(Day(d)).or_insert(0) += h;
    }
    println!("{:?}", hours);
    let copy = hours.clone();
    println!("{:?}", hours.pop_first());
    println!("{:?}", hours.pop_last());
    println!("{:?} {:?}", hours.remove(&Day(3)), hours.get(&Day(6)));
    println!("{} {}", hours.len(), copy.len());
    println!("{}", copy == copy.clone());
    let days: Vec<u8> = copy.keys().map(|d| d.0).collect();
    println!("{:?}", days);
}
