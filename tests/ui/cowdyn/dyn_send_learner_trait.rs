trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn total(shapes: &[Box<dyn Shape + Send + Sync>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape + Send + Sync>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.0))];
    println!("{}", total(&shapes));
    let one: &(dyn Shape + Send) = &Square(3.0);
    println!("{}", one.area());
}
