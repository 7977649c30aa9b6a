// A generic function names its parameter's associated type as `S::Item`.
trait Source {
    type Item;
    fn produce(&self) -> Self::Item;
}

struct Counter {
    start: u64,
}

impl Source for Counter {
    type Item = u64;
    fn produce(&self) -> u64 {
        self.start * 3
    }
}

fn pair<S: Source>(s: &S) -> (S::Item, S::Item) {
    (s.produce(), s.produce())
}

fn main() {
    let c = Counter { start: 7 };
    let (a, b) = pair(&c);
    println!("{}", a + b);
}
