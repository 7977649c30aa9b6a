// An associated function returning `Self`, called through the type and qualified.
trait Make {
    fn make() -> Self;
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl Make for Point {
    fn make() -> Self {
        Point { x: 1, y: 2 }
    }
}

fn main() {
    let a = Point::make();
    let b = <Point as Make>::make();
    println!("{:?} {:?}", a, b);
    println!("{}", a.x + b.y);
}
