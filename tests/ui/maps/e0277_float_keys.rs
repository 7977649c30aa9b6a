use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1.5, "x");
}
