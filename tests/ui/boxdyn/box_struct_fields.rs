// Field access and method calls auto-deref through a box.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn sum(&self) -> i32 {
        self.x + self.y
    }

    fn shift(&mut self, d: i32) {
        self.x += d;
    }
}

fn main() {
    let mut p = Box::new(Point { x: 1, y: 2 });
    println!("{} {}", p.x, p.y);
    p.shift(10);
    p.y = 7;
    println!("{}", p.sum());
}
