// Derived equality and Debug on a tuple struct.
#[derive(Debug, PartialEq, Clone, Copy)]
struct Point(i32, i32);

fn mirror(p: Point) -> Point {
    Point(p.1, p.0)
}

fn main() {
    let a = Point(1, 2);
    let b = mirror(mirror(a));
    println!("{:?} == {:?}: {}", a, b, a == b);
    println!("{}", mirror(a) != a);
}
