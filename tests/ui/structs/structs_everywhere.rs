//@ mode: run
// Named, tuple and unit structs: literals, update syntax, fields, patterns, derives.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Rect {
    top_left: Point,
    size: (u32, u32),
    label: &'static str,
}

#[derive(Debug, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
struct Marker;

fn area(r: Rect) -> u32 {
    r.size.0 * r.size.1
}

fn shift(p: Point, dx: i32) -> Point {
    Point { x: p.x + dx, ..p }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = shift(p, 10);
    println!("{:?} {:?} {}", p, q, p == q);
    let mut r = Rect { top_left: p, size: (3, 4), label: "box" };
    r.size.1 = 5;
    r.top_left.y = -7;
    println!("{:?}", r);
    println!("{:#?}", r);
    let Point { x, y: why } = q;
    println!("{x} {why}");
    let m = Meters(2.5);
    let Meters(inner) = m;
    println!("{:?} {} {:?}", m, inner, Marker);
    match q {
        Point { x: 0, .. } => println!("on the y axis"),
        Point { x, y } if x == y => println!("diagonal"),
        Point { x, y } => println!("at {x},{y}"),
    }
    println!("{}", area(r));
    let same = Meters(2.5) == m;
    println!("{}", same);
}
