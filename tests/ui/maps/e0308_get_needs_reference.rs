use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("a"), 1);
    println!("{:?}", m.get(1));
}
