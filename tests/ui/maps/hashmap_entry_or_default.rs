use std::collections::HashMap;

fn main() {
    let mut lengths: HashMap<usize, Vec<String>> = HashMap::new();
    for w in ["a", "bb", "cc", "d", "eee"] {
        lengths.entry(w.len()).or_default().push(w.to_string());
    }
    let mut totals: HashMap<char, u64> = HashMap::new();
    for c in "hello".chars() {
        *totals.entry(c).or_default() += 1;
    }
    println!("{:?} {:?} {:?}", lengths[&1], lengths[&2], lengths[&3]);
    println!("{} {}", totals[&'l'], totals[&'h']);
}
