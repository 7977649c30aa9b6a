use std::collections::HashMap;

fn main() {
    let mut prices = HashMap::new();
    prices.insert("tea", 3);
    prices.insert("cake", 5);
    prices.insert("jam", 4);
    let total: i32 = prices.values().sum();
    let longest = prices.keys().map(|k| k.len()).max();
    println!("{total} {:?} {}", longest, prices.iter().count());
}
