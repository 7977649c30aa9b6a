// A trait object has only its trait's methods, not the concrete type's own.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Square {
    fn side(&self) -> f64 {
        self.0
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s: Box<dyn Shape> = Box::new(Square(2.0));
    println!("{}", s.area());
    println!("{}", s.side());
}
