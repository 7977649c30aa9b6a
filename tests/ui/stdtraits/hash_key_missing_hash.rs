//@ mode: check
use std::collections::HashSet;

#[derive(PartialEq, Eq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut seen: HashSet<Point> = HashSet::new();
    seen.insert(Point { x: 1, y: 2 });
}
