#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: i32,
    y: i32,
}

type V = Vec2;

impl V {
    fn new(x: i32, y: i32) -> Self {
        Self { x, y }
    }

    fn add(self, o: Self) -> Self {
        V { x: self.x + o.x, y: self.y + o.y }
    }
}

fn main() {
    let a = V::new(1, 2);
    let b = Vec2::new(10, 20);
    println!("{:?}", a.add(b));
}
