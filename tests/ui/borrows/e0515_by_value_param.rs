//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn x_of(p: Point, _hint: &i32) -> &i32 {
    &p.x
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{} {}", x_of(p, &0), 0);
}
