//@ mode: run
// Fieldless, tuple and struct variants; matching them; Debug, PartialEq, casts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Dot,
}

fn turn(d: Direction) -> Direction {
    match d {
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
        Direction::West => Direction::North,
    }
}

fn describe(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Dot => 0.0,
    }
}

fn main() {
    let d = turn(Direction::North);
    println!("{:?} {}", d, d == Direction::East);
    let shapes = (Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Dot);
    println!("{:?}", shapes);
    println!("{:#?}", Shape::Rect { w: 1.5, h: 2.0 });
    println!("{} {}", describe(Shape::Circle(2.0)), describe(Shape::Dot));
    println!("{}", Direction::South as i32);
}
