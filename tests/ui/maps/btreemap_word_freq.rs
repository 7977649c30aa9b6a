use std::collections::BTreeMap;

fn main() {
    let mut freq: BTreeMap<char, usize> = BTreeMap::new();
    for c in "mississippi".chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", freq);
    println!("{:#?}", freq);
    println!("{:?} {:?}", freq.pop_first(), freq.pop_last());
    println!("{}", freq.len());
}
