use std::collections::HashMap;

struct Point {
    x: i32,
}

fn main() {
    let mut m: HashMap<Point, i32> = HashMap::new();
    m.insert(Point { x: 1 }, 2);
    println!("{}", m.len());
}
