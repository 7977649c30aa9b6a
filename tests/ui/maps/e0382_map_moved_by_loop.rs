use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, "one");
    for (k, v) in m {
        println!("{k} {v}");
    }
    println!("{}", m.len());
}
