macro_rules! point_struct {
    ($name:ident, $t:ty) => {
        struct $name {
            x: $t,
            y: $t,
        }

        impl $name {
            fn sum(&self) -> $t {
                self.x + self.y
            }
        }
    };
}

point_struct!(PointI, i32);
point_struct!(PointF, f64);

fn main() {
    let p = PointI { x: 1, y: 2 };
    let q = PointF { x: 0.5, y: 0.25 };
    println!("{} {}", p.sum(), q.sum());
}
