use std::fmt;

struct Inner(u8);

struct Outer(Inner);

impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn main() {
    println!("{}", Outer(Inner(1)));
}
