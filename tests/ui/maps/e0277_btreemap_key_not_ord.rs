use std::collections::BTreeMap;

#[derive(PartialEq, Eq, Debug)]
struct Point {
    x: i32,
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(Point { x: 1 }, 2);
    println!("{:?}", m);
}
