// Matching on what a box holds, through `*b` and through a reference to it.
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

fn area(s: &Box<Shape>) -> f64 {
    match **s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
    }
}

fn main() {
    let a = Box::new(Shape::Circle(2.0));
    let b = Box::new(Shape::Rect(2.0, 5.0));
    println!("{} {}", area(&a), area(&b));
    match *b {
        Shape::Rect(w, _) if w > 1.0 => println!("wide"),
        _ => println!("other"),
    }
}
