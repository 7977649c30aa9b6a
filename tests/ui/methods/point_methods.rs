// Associated functions, methods on &self / &mut self / self, and Self.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Self { x, y }
    }

    fn origin() -> Point {
        Point::new(0, 0)
    }

    fn manhattan(&self) -> i32 {
        let ax = if self.x < 0 { -self.x } else { self.x };
        let ay = if self.y < 0 { -self.y } else { self.y };
        ax + ay
    }

    fn shift(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }

    fn mirrored(self) -> Self {
        Point { x: -self.x, y: -self.y }
    }

    fn is_origin(&self) -> bool {
        *self == Self::origin()
    }
}

fn main() {
    let mut p = Point::new(3, -4);
    println!("{:?} {}", p, p.manhattan());
    p.shift(1, 1);
    println!("{:?}", p);
    let m = p.mirrored();
    println!("{:?} {:?}", m, p);
    println!("{} {}", Point::origin().is_origin(), p.is_origin());
    let r = &mut p;
    r.shift(-4, 3);
    println!("{} {}", r.manhattan(), p.is_origin());
}
