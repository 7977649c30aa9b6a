// A derived `Ord` key type in a `BTreeSet`: ordered field by field.
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Slot {
    day: u8,
    hour: u8,
}

fn main() {
    let mut s = BTreeSet::new();
    s.insert(Slot { day: 2, hour: 9 });
    s.insert(Slot { day: 1, hour: 14 });
    s.insert(Slot { day: 1, hour: 8 });
    println!("{:?}", s);
}
