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

impl Mul<i32> for Vec2 {
    type Output = Vec2;

    fn mul(self, k: i32) -> Vec2 {
        self * (k as f64)
    }
}

fn main() {
    let v = Vec2 { x: 1.0, y: 2.0 };
    let w = v * true;
    println!("{:?}", w);
}
