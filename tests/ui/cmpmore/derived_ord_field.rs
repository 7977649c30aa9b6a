// A derived ordering over a field whose `Ord` is written by hand: the derived
// comparison calls the field's `cmp` (here: longer names first).
use std::cmp::Ordering;

#[derive(Debug)]
struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.0.len() == other.0.len()
    }
}
impl Eq for Name {}
impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Name {
    fn cmp(&self, other: &Name) -> Ordering {
        other.0.len().cmp(&self.0.len())
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    rank: u8,
    name: Name,
}

fn main() {
    let a = Entry { rank: 1, name: Name(String::from("al")) };
    let b = Entry { rank: 1, name: Name(String::from("bob")) };
    println!("{} {} {}", a < b, a > b, a == b);
    let mut v = vec![a, b, Entry { rank: 0, name: Name(String::from("z")) }];
    v.sort();
    println!("{:?}", v);
}
