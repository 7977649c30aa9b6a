use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    for (name, points) in [("ann", 5), ("bob", 3), ("ann", 7)] {
        scores.entry(name).and_modify(|s| *s += points).or_insert(points);
    }
    println!("{} {}", scores["ann"], scores["bob"]);
    let e = scores.entry("cid");
    println!("{}", e.key());
}
