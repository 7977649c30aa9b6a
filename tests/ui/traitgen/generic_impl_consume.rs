// A method taking `self` by value from a generic impl, and one taking `&mut self`.
trait Bump {
    fn bump(&mut self);
    fn finish(self) -> u32;
}

struct Counter<T> {
    label: T,
    n: u32,
}

impl<T> Bump for Counter<T> {
    fn bump(&mut self) {
        self.n += 1;
    }
    fn finish(self) -> u32 {
        self.n
    }
}

fn main() {
    let mut c = Counter { label: 'c', n: 0 };
    c.bump();
    c.bump();
    println!("{}", c.label);
    println!("{}", c.finish());
}
