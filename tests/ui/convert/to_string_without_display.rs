struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let s = p.to_string();
    println!("{} {} {}", s, p.x, p.y);
}
