//@ mode: check
struct Cell<T> {
    value: T,
}

impl<T> Cell<T> {
    fn reset(&mut self) {
        let fresh = Self { value: 0 };
        *self = fresh;
    }
}

fn main() {
    let mut c = Cell { value: 'a' };
    c.reset();
    println!("{}", c.value);
}
