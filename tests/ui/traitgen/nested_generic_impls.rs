// Impls for a reference to a generic struct and for a nested instantiation, with a
// default method and a bounded generic function on top.
trait Level {
    fn level(&self) -> u8;
    fn next(&self) -> u8 {
        self.level() + 1
    }
}

struct W<T> {
    v: T,
}

impl<T> Level for &W<T> {
    fn level(&self) -> u8 {
        1
    }
}

impl<T: Level> Level for W<W<T>> {
    fn level(&self) -> u8 {
        self.v.v.level() * 10
    }
}

impl Level for u8 {
    fn level(&self) -> u8 {
        *self
    }
}

fn bumped<X: Level>(x: X) -> u8 {
    x.next()
}

fn main() {
    let w = W { v: W { v: 5u8 } };
    println!("{} {}", w.level(), w.next());
    println!("{}", bumped(W { v: W { v: 2u8 } }));
    let r = &W { v: 'c' };
    println!("{}", r.level());
}
