// The impl for `W<W<T>>` needs `T: Level`; `char` has no impl.
trait Level {
    fn level(&self) -> u8;
    fn bumped(&self) -> u8 {
        self.level() + 1
    }
}

struct W<T> {
    v: T,
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

fn main() {
    let e = W { v: W { v: 'x' } };
    println!("{}", e.bumped());
}
