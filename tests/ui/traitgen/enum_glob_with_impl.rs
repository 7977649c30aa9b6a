// Variants imported with a glob (also as bare patterns), beside an `impl` block for the enum.
#[derive(Debug)]
enum Shape {
    Dot,
    Line(u32),
}

use Shape::*;

impl Shape {
    fn size(&self) -> u32 {
        match self {
            Dot => 0,
            Line(n) => *n,
        }
    }
}

fn main() {
    let a = Dot;
    let b = Line(4);
    println!("{} {}", a.size(), b.size());
    println!("{:?}", b);
    let c = Dot;
    match c {
        Line(_) => println!("line"),
        Dot => println!("dot"),
    }
}
