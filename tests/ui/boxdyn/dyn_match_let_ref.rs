// A `let` with a `&dyn Trait` type takes either arm's reference.
trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Area for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn main() {
    let sq = Square(2.0);
    let ci = Circle(1.0);
    for pick in 0..3 {
        let shape: &dyn Area = match pick {
            0 => &sq,
            1 => &ci,
            _ => {
                println!("no shape");
                continue;
            }
        };
        println!("{:.1}", shape.area());
    }
}
