mod geo {
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    pub type P = Point;

    pub fn origin() -> P {
        P { x: 0, y: 0 }
    }
}

use geo::P;

fn shift(p: P, dx: i32) -> P {
    geo::Point { x: p.x + dx, y: p.y }
}

fn main() {
    let p = shift(geo::origin(), 5);
    println!("{} {}", p.x, p.y);
}
