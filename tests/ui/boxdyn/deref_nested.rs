// Autoderef goes through several `Deref` impls and a box.
use std::ops::Deref;

struct Outer(Inner);
struct Inner(Box<Point>);

struct Point {
    x: i32,
}

impl Point {
    fn twice(&self) -> i32 {
        self.x * 2
    }
}

impl Deref for Outer {
    type Target = Inner;

    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl Deref for Inner {
    type Target = Point;

    fn deref(&self) -> &Point {
        &self.0
    }
}

fn show(p: &Point) {
    println!("x = {}", p.x);
}

fn main() {
    let o = Outer(Inner(Box::new(Point { x: 21 })));
    println!("{}", o.twice());
    show(&o);
}
