// Derived Clone, Copy, Debug and PartialEq on generic types.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape<T> {
    Dot(Point<T>),
    Line(Point<T>, Point<T>),
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?} {}", p, q, p == q);
    let s = Shape::Line(p, Point { x: 3, y: 4 });
    let t = s.clone();
    println!("{:?} {}", t, s == Shape::Dot(p));
}
