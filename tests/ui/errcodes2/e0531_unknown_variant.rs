//@ mode: check
// Enum variants used in patterns without their enum's path.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

struct Circles(u8);

fn area(s: Shape) -> f64 {
    match s {
        Circle(r) => 3.14 * r * r,
        Rect(w, h) => w * h,
    }
}

fn main() {
    let c = Circles(1);
    let Circles(n) = c;
    println!("{} {}", n, area(Shape::Rect(1.0, 2.0)));
}
