use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    m.insert("b", 2);
    let a = m.get_mut("a").unwrap();
    let b = m.get_mut("b").unwrap();
    *a += *b;
}
