//@ mode: check
use std::collections::HashMap

fn main() {
    let mut m: HashMap<i32, i32> = HashMap::new();
    m.insert(1, 2);
}
