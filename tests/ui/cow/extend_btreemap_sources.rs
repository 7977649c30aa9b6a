use std::collections::BTreeMap;

fn main() {
    let mut scores = BTreeMap::new();
    scores.insert("ann", 10);
    scores.extend(vec![("bo", 7), ("cy", 4)]);
    let mut more = BTreeMap::new();
    more.insert("ann", 12);
    more.insert("di", 9);
    scores.extend(more);
    scores.extend(["eve", "fay"].iter().map(|n| (*n, n.len() as i32)));
    println!("{:?}", scores);
}
