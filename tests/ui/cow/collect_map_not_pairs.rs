use std::collections::HashMap;

fn main() {
    let ids = vec![10, 20, 30];
    let m: HashMap<i32, i32> = ids.iter().map(|i| i * 2).collect();
    println!("{}", m.len());
}
