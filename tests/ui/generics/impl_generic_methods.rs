// Methods and associated functions in a generic impl block.
#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }

    fn first(&self) -> &T {
        &self.a
    }

    fn set_second(&mut self, b: T) {
        self.b = b;
    }

    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

fn main() {
    let mut p = Pair::new(1, 2);
    p.set_second(20);
    println!("{} {:?}", p.first(), p);
    let q = Pair::new('a', 'b').swap();
    println!("{:?} {}", q, q.first());
}
