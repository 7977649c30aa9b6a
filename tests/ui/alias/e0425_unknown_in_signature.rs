//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn norm1(p: &Pont) -> i32 {
    p.x.abs() + p.y.abs()
}

fn main() {
    let p = Point { x: -2, y: 3 };
    println!("{}", norm1(&p));
}
