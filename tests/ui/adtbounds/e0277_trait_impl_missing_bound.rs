//@ mode: check
use std::fmt;

struct Labelled<T: fmt::Display> {
    label: &'static str,
    value: T,
}

impl<T> fmt::Display for Labelled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.label)
    }
}

fn main() {
    let l = Labelled { label: "n", value: 1 };
    println!("{l}");
}
