// Enum variants carrying data, destructured in match arms.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square { side: f64 },
    Dot,
}

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Square { side } => side * side,
        Shape::Dot => 0.0,
    }
}

fn main() {
    println!("{:.2}", area(Shape::Circle(2.0)));
    println!("{:.2}", area(Shape::Square { side: 1.5 }));
    println!("{:.2}", area(Shape::Dot));
    println!("{:?}", Shape::Square { side: 3.0 });
}
