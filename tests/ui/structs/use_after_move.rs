//@ mode: check
// Using a struct after moving it: E0382 with rustc's notes.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn show(p: Point) {
    println!("{:?}", p);
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    println!("{:?}", a);
    let c = Point { x: 3, y: 4 };
    show(c);
    show(c);
    let d = Point { x: 5, y: 6 };
    let e = d.x;
    println!("{} {:?} {}", e, d, b.y);
}
