// `Self` inside a generic impl names the instantiated type.
#[derive(Debug, Clone, Copy)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }

    fn pair(x: T, y: T) -> (Self, bool) {
        (Self::new(x, y), true)
    }

    fn flip(self) -> Self {
        Self { x: self.y, y: self.x }
    }
}

fn main() {
    let p = Point::new(1.5, -2.0).flip();
    println!("{:?}", p);
    println!("{:?}", Point::pair(9u8, 1));
}
