// A method with its own type parameter inside a generic impl, and recursion.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn with_label<U>(self, label: U) -> (U, T) {
        (label, self.b)
    }

    fn first(&self) -> &T {
        &self.a
    }
}

fn countdown<T>(n: u32, x: T) -> T {
    if n == 0 { x } else { countdown(n - 1, x) }
}

fn main() {
    let p = Pair { a: 1, b: 2 };
    let q = p;
    println!("{} {:?} {}", p == q, p.with_label("tag"), (&p).first());
    println!("{}", countdown(5, 'c'));
    let nested: Pair<Pair<u8>> = Pair { a: Pair { a: 1, b: 2 }, b: Pair { a: 3, b: 4 } };
    println!("{:?}", nested.b);
}
