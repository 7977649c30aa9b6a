//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let r = &p;
    p.x = 3;
    println!("{} {}", r.x, p.y);
}
