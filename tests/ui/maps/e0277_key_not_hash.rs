use std::collections::HashMap;

#[derive(PartialEq, Eq)]
struct Point {
    x: i32,
}

fn main() {
    let mut m = HashMap::new();
    m.insert(Point { x: 1 }, "a");
    println!("{}", m.len());
}
