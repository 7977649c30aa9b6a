use std::fmt;

struct Boxed<T>(T);

impl<T: fmt::Display> fmt::Display for Boxed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<")?;
        fmt::Display::fmt(&self.0, f)?;
        write!(f, ">")
    }
}

fn main() {
    println!("[{:>4}]", Boxed(7));
    println!("[{:.2}]", Boxed(1.0f32 / 3.0));
    println!("[{:<3}]", Boxed('x'));
    println!("[{}]", Boxed("plain"));
}
