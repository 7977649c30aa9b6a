// Constants of tuple and struct types: each use is a fresh value.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

const ORIGIN: Point = Point { x: 0, y: 0 };
const STEP: (i32, i32) = (2, -1);

fn main() {
    let mut p = ORIGIN;
    for _ in 0..3 {
        p.x += STEP.0;
        p.y += STEP.1;
    }
    println!("{p:?} {ORIGIN:?}");
}
