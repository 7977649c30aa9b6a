use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 10);
    let x: i32 = m.get(&1);
    println!("{}", x);
}
