use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 1);
    for (k, v) in &m {
        m.insert(k + 10, *v);
    }
}
