//@ mode: check
// A `&mut self` method called on a captured variable that is not `mut`.
struct Gauge {
    level: i32,
}

impl Gauge {
    fn raise(&mut self) {
        self.level += 1;
    }
}

fn main() {
    let g = Gauge { level: 1 };
    let mut up = || g.raise();
    up();
}
