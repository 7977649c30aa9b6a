// A bound on an impl's parameter: a pair that knows its larger half.
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }

    fn same(&self) -> bool {
        self.a == self.b
    }
}

fn main() {
    let p = Pair { a: 4, b: 9 };
    println!("{} {}", p.larger(), p.same());
    let q = Pair { a: 'k', b: 'k' };
    println!("{} {}", q.larger(), q.same());
}
