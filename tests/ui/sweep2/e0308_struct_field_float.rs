//@ mode: check
// A float for an integer field.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1.5, y: 2 };
    println!("{} {}", p.x, p.y);
}
