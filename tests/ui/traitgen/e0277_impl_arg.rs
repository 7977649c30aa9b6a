// The argument's type does not implement the trait `impl Area` asks for.
trait Area {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Circle {
    r: f64,
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn print_area(shape: &impl Area) {
    println!("{}", shape.area());
}

fn main() {
    let c = Circle { r: 1.0 };
    print_area(&Square { side: 3.0 });
    print_area(&c);
    println!("{}", c.r);
}
