use std::ops::Sub;

#[derive(Debug, Clone, Copy)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Sub<Output = T>> Sub for Pair<T> {
    type Output = Pair<T>;

    fn sub(self, other: Pair<T>) -> Pair<T> {
        Pair { a: self.a - other.a, b: self.b - other.b }
    }
}

fn main() {
    let p = Pair { a: 10, b: 20 };
    let q = Pair { a: 1, b: 2 };
    println!("{:?}", p - q);
    let r = Pair { a: 1.5, b: 2.5 } - Pair { a: 0.5, b: 0.25 };
    println!("{:?}", r);
}
