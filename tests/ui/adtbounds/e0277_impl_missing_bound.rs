//@ mode: check
use std::fmt::Display;

struct Boxed<T: Display> {
    inner: T,
}

impl<T> Boxed<T> {
    fn inner(self) -> T {
        self.inner
    }
}

fn main() {
    let b = Boxed { inner: 5 };
    println!("{}", b.inner());
}
