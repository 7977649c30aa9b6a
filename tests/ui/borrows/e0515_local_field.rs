//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn shifted_x(p: &Point) -> &i32 {
    let q = Point { x: p.x + p.y, y: p.y };
    &q.x
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", shifted_x(&p));
}
