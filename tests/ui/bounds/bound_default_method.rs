// A trait's default method called through a bound runs for the instance's type.
trait Shape {
    fn area(&self) -> f64;
    fn report(&self) {
        println!("area {}", self.area());
    }
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn twice_report<S: Shape>(s: &S) {
    s.report();
    s.report();
}

fn main() {
    twice_report(&Sq(1.5));
}
