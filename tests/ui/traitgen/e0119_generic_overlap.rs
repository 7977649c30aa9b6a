// A blanket impl for every `Wrapper<T>` overlaps one for `Wrapper<u8>`.
trait Describe {
    fn describe(&self);
}

struct Wrapper<T> {
    value: T,
}

impl<T> Describe for Wrapper<T> {
    fn describe(&self) {}
}

impl Describe for Wrapper<u8> {
    fn describe(&self) {}
}

fn main() {}
