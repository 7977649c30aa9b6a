//@ mode: check
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let px = &p.x;
    let whole = &mut p;
    whole.y += 1;
    println!("{px} {}", p.y);
}
