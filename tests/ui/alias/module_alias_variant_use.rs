mod shapes {
    #[derive(Debug)]
    pub enum Kind {
        Round,
        Sided(u8),
    }
    pub type Shape = Kind;
}

use shapes::Shape;

fn sides(s: &Shape) -> u8 {
    match s {
        Shape::Round => 0,
        Shape::Sided(n) => *n,
    }
}

fn main() {
    let all = [Shape::Round, Shape::Sided(4)];
    for s in &all {
        println!("{:?} has {} sides", s, sides(s));
    }
}
