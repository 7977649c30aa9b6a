//@ mode: check
struct Pair<T> {
    a: T,
    b: T,
}

impl Pair<i32> {
    fn total(&self) -> i32 {
        self.a + self.b
    }
}

fn main() {
    let p = Pair { a: 1.5, b: 2.5 };
    println!("{}", p.total());
}
