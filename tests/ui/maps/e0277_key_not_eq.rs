use std::collections::HashMap;

#[derive(Hash)]
struct Key(i32);

fn main() {
    let mut m = HashMap::new();
    m.insert(Key(1), 1);
}
