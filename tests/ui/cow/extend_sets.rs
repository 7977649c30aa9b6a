use std::collections::{BTreeSet, HashSet};

fn main() {
    let mut seen = BTreeSet::new();
    seen.extend(vec![5, 1, 3]);
    seen.extend([3, 8]);
    seen.extend(&[0, 2]);
    println!("{:?}", seen);
    let mut tags: HashSet<char> = HashSet::new();
    tags.extend("hello".chars());
    println!("{} {}", tags.len(), tags.contains(&'l'));
    let extra = vec!['x', 'h'];
    tags.extend(&extra);
    println!("{} {:?}", tags.len(), extra);
}
