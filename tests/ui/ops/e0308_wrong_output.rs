use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

impl Add for Meters {
    type Output = f64;

    fn add(self, other: Meters) -> f64 {
        self.0 + other.0
    }
}

fn main() {
    let a = Meters(1.0);
    let b = Meters(2.5);
    let c: i32 = a + b;
    println!("{:?}", c);
}
