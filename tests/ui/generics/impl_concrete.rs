// An impl block for one instantiation of a generic struct.
struct Pair<T> {
    a: T,
    b: T,
}

impl Pair<i32> {
    fn sum(&self) -> i32 {
        self.a + self.b
    }
}

impl Pair<bool> {
    fn both(&self) -> bool {
        self.a && self.b
    }
}

fn main() {
    let p = Pair { a: 40, b: 2 };
    let q = Pair { a: true, b: false };
    println!("{} {}", p.sum(), q.both());
}
