// Implementing a trait that does not exist.
struct Point;

impl Printable for Point {
    fn print(&self) {}
}

fn main() {
    let _p = Point;
}
