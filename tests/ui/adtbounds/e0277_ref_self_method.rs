//@ mode: check
trait Area {
    fn area(&self) -> f64;
}

struct Sq(f64);
impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

struct Group<T: Area> {
    shapes: Vec<T>,
}

impl<T: Area> Group<T> {
    fn total(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }
}

fn count<T>(g: &Group<T>) -> usize {
    g.shapes.len()
}

fn main() {
    let g = Group { shapes: vec![Sq(2.0), Sq(1.0)] };
    println!("{} {}", g.total(), count(&g));
}
