use std::collections::HashMap;

struct Map {
    width: u32,
    height: u32,
}

fn main() {
    let m = Map { width: 3, height: 2 };
    let cells: Vec<u32> = (0..m.width * m.height).map(|i| i % m.width).collect();
    let mut counts = HashMap::new();
    for c in &cells {
        *counts.entry(*c).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.keys().copied().collect();
    keys.sort();
    println!("{:?} {:?} {}", cells, keys, counts[&0]);
}
