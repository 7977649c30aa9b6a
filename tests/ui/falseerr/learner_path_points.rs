use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl std::ops::Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

struct Path {
    points: Vec<Point>,
}

impl Path {
    fn length2(&self) -> i32 {
        self.points.windows(2).map(|w| {
            let dx = w[1].x - w[0].x;
            let dy = w[1].y - w[0].y;
            dx * dx + dy * dy
        }).sum()
    }
    fn shift(&mut self, by: Point) {
        for p in self.points.iter_mut() {
            *p = *p + by;
        }
    }
    fn last_mut(&mut self) -> Option<&mut Point> {
        self.points.last_mut()
    }
}

fn main() {
    let mut path = Path { points: vec![Point { x: 0, y: 0 }, Point { x: 3, y: 4 }] };
    println!("{}", path.length2());
    path.shift(Point { x: 1, y: 1 });
    if let Some(p) = path.last_mut() {
        p.x *= 10;
    }
    let shown: Vec<String> = path.points.iter().map(|p| p.to_string()).collect();
    println!("{}", shown.join(" -> "));
    println!("{:>10}|{:<8}|", format!("{}", path.points[0]), "x");
    let a = Point { x: 1, y: 2 };
    let b = a;
    println!("{}", a == b);
}
