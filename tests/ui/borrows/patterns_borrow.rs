// Borrows made by patterns: `ref`, `ref mut` and match ergonomics.
#[derive(Debug)]
enum Shape {
    Circle(i32),
    Rect(i32, i32),
}

fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r += 1,
        Shape::Rect(w, h) => {
            *w += 1;
            *h += 1;
        }
    }
}

fn main() {
    let mut shapes = [Shape::Circle(1), Shape::Rect(2, 3)];
    for i in 0..2 {
        grow(&mut shapes[i]);
    }
    let mut pair = (5, 6);
    let (ref mut x, ref y) = pair;
    *x += *y;
    println!("{:?} {:?}", shapes, pair);
    if let Shape::Rect(ref mut w, _) = shapes[1] {
        *w *= 10;
    }
    println!("{:?}", shapes[1]);
}
