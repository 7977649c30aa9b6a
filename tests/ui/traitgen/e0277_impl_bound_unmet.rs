// A generic function needs `Show`, which `Boxed<T>` has only for `T: Display`.
use std::fmt::Display;

trait Show {
    fn show(&self);
}

struct Boxed<T> {
    inner: T,
}

impl<T: Display> Show for Boxed<T> {
    fn show(&self) {
        println!("[{}]", self.inner);
    }
}

fn present<S: Show>(s: &S) {
    s.show();
}

struct Plain;

fn main() {
    let b = Boxed { inner: Plain };
    present(&b);
}
