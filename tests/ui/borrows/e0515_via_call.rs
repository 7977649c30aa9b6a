//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn x_of(p: &Point) -> &i32 {
    &p.x
}

fn origin_x(_seed: &i32) -> &i32 {
    let o = Point { x: 0, y: 0 };
    println!("{}", o.y);
    x_of(&o)
}

fn main() {
    println!("{}", origin_x(&1));
}
