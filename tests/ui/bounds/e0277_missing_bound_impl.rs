// A call whose argument's type does not implement the bound.
trait Area {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

fn show<T: Area>(x: &T) -> f64 {
    x.area()
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", show(&c));
    println!("{}", c.r);
}
