use std::collections::BTreeMap;

fn main() {
    let pairs = vec![("pear", 3), ("apple", 7), ("fig", 1)];
    let stock: BTreeMap<&str, i32> = pairs.into_iter().collect();
    println!("{:?}", stock);
    let by_len: BTreeMap<usize, String> =
        ["kiwi", "banana", "plum"].iter().map(|w| (w.len(), w.to_uppercase())).collect();
    for (k, v) in &by_len {
        println!("{k} -> {v}");
    }
}
