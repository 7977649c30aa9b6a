use std::collections::*;

fn main() {
    let mut m: BTreeMap<u8, &str> = BTreeMap::new();
    m.insert(2, "b");
    let s: HashSet<u8> = HashSet::new();
    let d: VecDeque<u8> = VecDeque::new();
    let h: std::collections::HashMap<u8, u8> = std::collections::HashMap::new();
    println!("{:?} {} {} {}", m, s.len(), d.len(), h.len());
}
