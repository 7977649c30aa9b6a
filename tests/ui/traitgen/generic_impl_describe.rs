// A trait implemented once for every instantiation of a generic struct.
trait Describe {
    fn describe(&self);
}

struct Wrapper<T> {
    value: T,
    tag: u8,
}

impl<T> Describe for Wrapper<T> {
    fn describe(&self) {
        println!("a wrapper tagged {}", self.tag);
    }
}

fn main() {
    let a = Wrapper { value: 5, tag: 1 };
    let b = Wrapper { value: true, tag: 2 };
    a.describe();
    b.describe();
    let _ = (a.value, b.value);
}
