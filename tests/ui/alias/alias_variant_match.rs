enum Shape {
    Circle(f64),
    Square(f64),
}

type S = Shape;

fn area(s: &S) -> f64 {
    match s {
        S::Circle(r) => 3.0 * r * r,
        S::Square(a) => a * a,
    }
}

fn main() {
    let shapes = vec![S::Circle(1.0), S::Square(2.0)];
    for s in &shapes {
        println!("{}", area(s));
    }
}
