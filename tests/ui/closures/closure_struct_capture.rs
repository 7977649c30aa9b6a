// Capturing a struct by reference and by value.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let sum = || p.x + p.y;
    println!("{}", sum());
    let owned = move || p;
    let q = owned();
    println!("{:?}", q);
}
