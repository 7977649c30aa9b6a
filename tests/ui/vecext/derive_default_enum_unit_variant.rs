#[derive(Debug, Default)]
enum Shape {
    #[default]
    Dot,
    Circle(f64),
}

fn main() {
    let s = Shape::default();
    println!("{:?}", s);
    if let Shape::Circle(r) = Shape::Circle(1.5) {
        println!("{}", r);
    }
}
