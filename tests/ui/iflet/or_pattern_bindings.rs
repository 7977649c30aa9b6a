// Or-patterns whose alternatives bind the same variable.
enum Shape {
    Circle(i32),
    Square(i32),
    Rect(i32, i32),
}

fn size(s: Shape) -> i32 {
    match s {
        Shape::Circle(r) | Shape::Square(r) => r * 4,
        Shape::Rect(w, h) => 2 * (w + h),
    }
}

fn main() {
    println!("{}", size(Shape::Circle(1)));
    println!("{}", size(Shape::Square(5)));
    println!("{}", size(Shape::Rect(2, 3)));
}
