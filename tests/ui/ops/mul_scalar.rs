use std::ops::Mul;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;

    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl Mul for Vec2 {
    type Output = f64;

    fn mul(self, other: Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
}

fn main() {
    let v = Vec2 { x: 1.5, y: -2.0 };
    let w = v * 2.0;
    println!("{:?}", w);
    let dot: f64 = v * w;
    println!("{}", dot);
}
