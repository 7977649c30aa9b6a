// The impl needs `T: Named`; the method cannot be called on a `Boxed<Plain>`.
trait Named {
    fn name(&self) -> char;
}

trait Show {
    fn show(&self);
}

struct Boxed<T> {
    inner: T,
}

impl<T: Named> Show for Boxed<T> {
    fn show(&self) {
        println!("[{}]", self.inner.name());
    }
}

struct Plain;

fn main() {
    let b = Boxed { inner: Plain };
    b.show();
}
