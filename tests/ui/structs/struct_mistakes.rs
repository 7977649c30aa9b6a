//@ mode: check
// Struct mistakes: missing and unknown fields, no Debug, no PartialEq, no Clone.
struct Point {
    x: i32,
    y: i32,
}
struct Meters(f64);
fn main() {
    let a = Point { x: 1 };
    let b = Point { x: 1, y: 2, z: 3 };
    let c = Point { x: 1, y: 2 };
    println!("{}", c.z);
    println!("{:?}", c);
    println!("{}", c == c);
    let d = c.clone();
    let m = Meters(2.0);
    println!("{}", m.1);
}
