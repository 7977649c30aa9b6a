use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);

impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0, self.1 + o.1)
    }
}

impl Sub for V {
    type Output = V;
    fn sub(self, o: V) -> V {
        V(self.0 - o.0, self.1 - o.1)
    }
}

impl Mul<i32> for V {
    type Output = V;
    fn mul(self, k: i32) -> V {
        V(self.0 * k, self.1 * k)
    }
}

fn main() {
    let a = V(1, 2);
    let b = V(3, 5);
    let c = a + b * 2 - V(1, 1);
    println!("{:?}", c);
    let mut acc = V(0, 0);
    for i in 1..4 {
        acc = acc + V(i, i * i);
    }
    println!("{:?} {}", acc, acc == V(6, 14));
}
