struct Point {
    x: i32,
    y: i32,
}

type P = Point;

fn main() {
    let p = P { x: 1, y: 2 };
    println!("{}", p.x + p.y);
}
