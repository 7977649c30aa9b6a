// A misspelt method on a `&dyn Trait`.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn report(s: &dyn Shape) {
    println!("{}", s.aera());
}

fn main() {
    report(&Square(1.5));
}
