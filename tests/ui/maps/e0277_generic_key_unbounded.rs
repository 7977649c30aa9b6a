use std::collections::HashMap;

fn count<K>(items: Vec<K>) -> HashMap<K, usize> {
    let mut m = HashMap::new();
    for it in items {
        *m.entry(it).or_insert(0) += 1;
    }
    m
}

fn main() {
    println!("{:?}", count(vec![1]));
}
