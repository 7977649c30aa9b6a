use std::cmp::Ordering;
use std::collections::BTreeMap;

// Words ordered by length only: two words of one length are the same key.
#[derive(Debug)]
struct ByLen(String);

impl PartialEq for ByLen {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
    }
}

impl Eq for ByLen {}

impl PartialOrd for ByLen {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ByLen {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len())
    }
}

fn main() {
    let mut m: BTreeMap<ByLen, Vec<String>> = BTreeMap::new();
    for w in ["pear", "fig", "apple", "kiwi", "plum", "melon", "yam"] {
        m.entry(ByLen(w.to_string())).or_insert(Vec::new()).push(w.to_string());
    }
    for (k, v) in &m {
        println!("{} {:?} {:?}", k.0.len(), k.0, v);
    }
    println!("{:?}", m.get(&ByLen("abcd".to_string())));
    println!("{:?}", m.insert(ByLen("xyz".to_string()), vec!["new".to_string()]));
    println!("{:?}", m.keys().collect::<Vec<_>>());
    println!("{}", m.len());
}
