//@ mode: check
// Assigning the field a live closure reads.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let show = || println!("{}", p.x);
    p.y = 7;
    p.x = 9;
    show();
    println!("{} {}", p.x, p.y);
}
