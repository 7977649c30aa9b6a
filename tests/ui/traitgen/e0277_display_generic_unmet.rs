// `Display` for `Labeled<T>` requires `T: Display`.
use std::fmt;

struct Labeled<T> {
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.value)
    }
}

struct Opaque;

fn main() {
    let x = Labeled { value: Opaque };
    println!("{}", x);
}
