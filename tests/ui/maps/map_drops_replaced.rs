use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

#[derive(PartialEq, Eq, Hash)]
struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut m: HashMap<u8, Loud> = HashMap::new();
    m.insert(1, Loud(10));
    println!("or_insert on an occupied entry");
    m.entry(1).or_insert(Loud(11));
    println!("insert over an old value");
    m.insert(1, Loud(12));
    println!("clear");
    m.clear();
    let mut s = HashSet::new();
    s.insert(Loud(20));
    println!("insert an equal value");
    s.insert(Loud(20));
    let mut b = BTreeMap::new();
    b.insert(3, Loud(33));
    b.insert(1, Loud(31));
    b.insert(2, Loud(32));
    let mut q = VecDeque::new();
    q.push_back(Loud(41));
    q.push_front(Loud(40));
    println!("end of main");
}
