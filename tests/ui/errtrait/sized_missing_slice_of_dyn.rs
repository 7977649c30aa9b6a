//@ mode: check
trait Shape {
    fn area(&self) -> f64;
}

struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn total<T: Shape>(items: &[&T]) -> f64 {
    items.iter().map(|s| s.area()).sum()
}

fn main() {
    let c: &dyn Shape = &Circle(1.0);
    println!("{}", total(&[c]));
}
