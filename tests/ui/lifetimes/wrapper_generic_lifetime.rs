// A generic struct with a lifetime: `Wrapper<'a, T>`.
struct Wrapper<'a, T> {
    inner: &'a T,
}

impl<'a, T> Wrapper<'a, T> {
    fn get(&self) -> &'a T {
        self.inner
    }
}

fn main() {
    let n = 42;
    let w = Wrapper { inner: &n };
    println!("{}", w.get());
}
