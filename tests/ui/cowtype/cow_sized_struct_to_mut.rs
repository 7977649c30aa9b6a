// `Cow<Point>` of a sized `Clone` type: std's blanket `impl<T: Clone> ToOwned for T`.
// Borrowed until `to_mut` clones it; the original stays as it was.
use std::borrow::Cow;

#[derive(Debug, Clone)]
struct Point {
    x: i32,
    y: i32,
}

fn nudge(c: &mut Cow<'_, Point>, dx: i32) {
    if dx != 0 {
        c.to_mut().x += dx;
    }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let mut a = Cow::Borrowed(&p);
    let mut b: Cow<Point> = Cow::Borrowed(&p);
    nudge(&mut a, 0);
    nudge(&mut b, 5);
    println!("{:?} {}", a, matches!(a, Cow::Borrowed(_)));
    println!("{:?} {}", b, matches!(b, Cow::Owned(_)));
    println!("{:?}", p);
}
