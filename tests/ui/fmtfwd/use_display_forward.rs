use std::fmt::{self, Display};

struct Celsius(i32);

impl Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        Display::fmt(&self.0, f)?;
        write!(f, "C")
    }
}

struct Word(&'static str);

impl Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        Display::fmt(self.0, f)
    }
}

fn main() {
    println!("[{:>5}]", Celsius(-7));
    println!("[{:<5}]", Celsius(21));
    println!("[{:>6}] [{:.3}] [{:-<7}]", Word("kiwi"), Word("banana"), Word("fig"));
}
