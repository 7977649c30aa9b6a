use std::collections::HashMap;

fn expensive(label: &str) -> Vec<i32> {
    println!("computing for {label}");
    Vec::new()
}

fn main() {
    let mut groups: HashMap<&str, Vec<i32>> = HashMap::new();
    for (key, value) in [("odd", 1), ("even", 2), ("odd", 3)] {
        groups.entry(key).or_insert_with(|| expensive(key)).push(value);
    }
    println!("{:?} {:?}", groups["odd"], groups["even"]);
}
