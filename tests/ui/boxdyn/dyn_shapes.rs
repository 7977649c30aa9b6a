// Trait objects: `&dyn Shape`, `Box<dyn Shape>`, a Vec of boxes, dynamic dispatch.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}

struct Square {
    s: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.s * self.s
    }
}

fn describe(s: &dyn Shape) {
    println!("{} {}", s.name(), s.area());
}

fn make(big: bool) -> Box<dyn Shape> {
    if big {
        Box::new(Square { s: 10.0 })
    } else {
        Box::new(Circle { r: 1.0 })
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    describe(&c);
    let sq: &dyn Shape = &Square { s: 3.0 };
    describe(sq);
    let b: Box<dyn Shape> = Box::new(Circle { r: 1.5 });
    println!("{}", b.area());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), make(true), make(false)];
    let mut total = 0.0;
    for s in &shapes {
        total += s.area();
        describe(&**s);
    }
    println!("{} {}", total, shapes[1].name());
}
