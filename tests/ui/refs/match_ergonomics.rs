// Matching a reference against non-reference patterns binds by reference.
#[derive(Debug)]
enum Shape {
    Circle(i32),
    Rect { w: i32, h: i32 },
    Empty,
}

fn area(s: &Shape) -> i32 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r += 1,
        Shape::Rect { w, .. } => *w *= 2,
        Shape::Empty => {}
    }
}

fn main() {
    let mut shapes = (Shape::Circle(2), Shape::Rect { w: 3, h: 4 }, Shape::Empty);
    println!("{} {} {}", area(&shapes.0), area(&shapes.1), area(&shapes.2));
    grow(&mut shapes.0);
    grow(&mut shapes.1);
    println!("{:?}", shapes);
    let pair = (5, 'k');
    let (n, c) = &pair;
    println!("{} {}", n, c);
    match &pair {
        (5, ch) => println!("five and {ch}"),
        _ => println!("other"),
    }
}
