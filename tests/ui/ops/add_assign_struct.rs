use std::ops::{AddAssign, MulAssign};

#[derive(Debug, Clone, Copy)]
struct Vec3 {
    x: f64,
    y: f64,
    z: f64,
}

impl AddAssign for Vec3 {
    fn add_assign(&mut self, o: Vec3) {
        self.x += o.x;
        self.y += o.y;
        self.z += o.z;
    }
}

impl MulAssign<f64> for Vec3 {
    fn mul_assign(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
        self.z *= k;
    }
}

struct Body {
    pos: Vec3,
    vel: Vec3,
}

fn main() {
    let mut b = Body { pos: Vec3 { x: 0.0, y: 0.0, z: 0.0 }, vel: Vec3 { x: 1.0, y: 0.5, z: -1.0 } };
    for _ in 0..3 {
        b.pos += b.vel;
    }
    b.vel *= 2.0;
    println!("{:?} {:?}", b.pos, b.vel);
}
