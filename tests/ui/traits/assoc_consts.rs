// Associated constants in a trait, with and without a default value.
trait Polygon {
    const SIDES: u32;
    const NAME: &'static str = "polygon";

    fn describe(&self) -> u32;
}

struct Triangle;
struct Square;

impl Polygon for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
    fn describe(&self) -> u32 {
        Self::SIDES * 10
    }
}

impl Polygon for Square {
    const SIDES: u32 = 4;
    fn describe(&self) -> u32 {
        Square::SIDES * 10
    }
}

fn main() {
    println!("{} has {} sides", Triangle::NAME, Triangle::SIDES);
    println!("{} has {} sides", Square::NAME, <Square as Polygon>::SIDES);
    println!("{} {}", Triangle.describe(), Square.describe());
}
