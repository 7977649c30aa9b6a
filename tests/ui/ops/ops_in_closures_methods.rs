use std::ops::{Add, Shl};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32);

impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0)
    }
}

impl Shl<u32> for V {
    type Output = V;
    fn shl(self, n: u32) -> V {
        V(self.0 << n)
    }
}

impl V {
    fn twice(self) -> V {
        self + self
    }
}

fn main() {
    let join = |a: V, b: V| a + b;
    println!("{:?} {:?} {:?}", join(V(1), V(2)), V(3).twice(), V(1) << 4);
    let vs = vec![V(1), V(2), V(3)];
    let mut acc = V(0);
    for v in &vs {
        acc = acc + *v;
    }
    println!("{:?} {}", acc, acc == V(6));
}
