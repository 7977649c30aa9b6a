// Only a type that implements the trait becomes a trait object of it.
trait Shape {
    fn area(&self) -> f64;
}

struct Circle(f64);
struct Label(String);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn main() {
    let c = Circle(1.0);
    let l = Label(String::from("x"));
    let a: &dyn Shape = &c;
    let b: &dyn Shape = &l;
    println!("{} {}", a.area(), b.area());
}
