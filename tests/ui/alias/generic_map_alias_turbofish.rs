use std::collections::HashMap;

type Map<V> = HashMap<String, V>;

fn main() {
    let mut m = Map::<u32>::new();
    m.insert(String::from("a"), 1);
    let mut n: Map<bool> = Map::new();
    n.insert(String::from("b"), true);
    println!("{} {}", m["a"], n["b"]);
}
