// A bound on the impl's parameter lets the method format the wrapped value.
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

fn main() {
    Boxed { inner: 42 }.show();
    Boxed { inner: 'x' }.show();
    Boxed { inner: 2.5 }.show();
    let s = Boxed { inner: "text" };
    s.show();
}
