//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let a = &mut p.x;
    let b = &mut p.x;
    *b += p.y;
    *a += 1;
}
