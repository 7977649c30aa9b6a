// The trait is implemented for `Pair<i32>` only, not for `Pair<bool>`.
trait Total {
    fn total(&self) -> i32;
}

struct Pair<T> {
    a: T,
    b: T,
}

impl Total for Pair<i32> {
    fn total(&self) -> i32 {
        self.a + self.b
    }
}

fn main() {
    let p = Pair { a: true, b: false };
    println!("{}", p.total());
}
