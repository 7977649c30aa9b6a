// `>` in a method of an impl whose parameter has no bound.
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn first_bigger(&self) -> bool {
        self.a > self.b
    }
}

fn main() {
    let p = Pair { a: 2, b: 1 };
    println!("{}", p.first_bigger());
}
