mod geometry {
    pub const ORIGIN_X: i32 = 0;
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }
    impl Point {
        pub fn new(x: i32, y: i32) -> Point {
            Point { x, y }
        }
        pub fn manhattan(&self) -> i32 {
            helpers::abs(self.x - super::geometry::ORIGIN_X) + helpers::abs(self.y)
        }
    }
    pub mod helpers {
        pub fn abs(v: i32) -> i32 {
            if v < 0 { -v } else { v }
        }
    }
    pub enum Shape {
        Dot(Point),
        Line(Point, Point),
    }
}

use geometry::{Point, Shape};
use geometry::helpers::abs as absolute;

fn describe(s: &Shape) -> i32 {
    match s {
        Shape::Dot(p) => p.manhattan(),
        Shape::Line(a, b) => absolute(a.x - b.x) + crate::geometry::helpers::abs(a.y - b.y),
    }
}

fn main() {
    let p = Point::new(3, -4);
    println!("{}", p.manhattan());
    let s = Shape::Line(geometry::Point::new(1, 1), Point { x: 4, y: 5 });
    println!("{}", describe(&s));
    println!("{}", describe(&Shape::Dot(p)));
    println!("{}", geometry::ORIGIN_X);
}
