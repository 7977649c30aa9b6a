// `impl Trait` arguments receiving instances of a generic impl.
use std::fmt::Display;

trait Show {
    fn show(&self);
}

struct Boxed<T> {
    inner: T,
}

impl<T: Display> Show for Boxed<T> {
    fn show(&self) {
        println!("({})", self.inner);
    }
}

fn show_all(a: &impl Show, b: &impl Show) {
    a.show();
    b.show();
}

fn main() {
    show_all(&Boxed { inner: 1 }, &Boxed { inner: false });
}
