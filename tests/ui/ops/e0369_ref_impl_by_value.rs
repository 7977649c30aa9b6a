use std::ops::Sub;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl Sub for &Point {
    type Output = Point;

    fn sub(self, other: &Point) -> Point {
        Point { x: self.x - other.x, y: self.y - other.y }
    }
}

fn main() {
    let a = Point { x: 5, y: 5 };
    let b = Point { x: 1, y: 2 };
    let d = a - b;
    println!("{:?}", d);
}
