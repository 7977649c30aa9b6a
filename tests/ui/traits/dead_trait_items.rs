//@ mode: check
// rustc warns about unused traits and unused trait methods, never about methods of impls.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> u32 {
        0
    }
    fn perimeter(&self) -> f64;
}

trait Unused {
    fn nothing(&self);
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        self.0 * 4.0
    }
}

fn main() {
    let s = Sq(2.0);
    println!("{}", s.area());
}
