// `Display` for a generic struct, with a `where` clause on the impl.
use std::fmt;

struct Labeled<T> {
    label: char,
    value: T,
}

impl<T> fmt::Display for Labeled<T>
where
    T: fmt::Display,
{
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}={}", self.label, self.value)
    }
}

fn main() {
    let a = Labeled { label: 'a', value: 10 };
    let b = Labeled { label: 'b', value: -0.5 };
    println!("{} and {}", a, b);
    println!("[{}]", Labeled { label: 'c', value: "hi" });
}
