//@ mode: check
struct Circle {
    r: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    println!("{}", c.area);
}
