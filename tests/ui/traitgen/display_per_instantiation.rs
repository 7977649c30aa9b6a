// `Display` written separately for two instantiations.
use std::fmt;

struct Meters<T> {
    value: T,
}

impl fmt::Display for Meters<i32> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} m", self.value)
    }
}

impl fmt::Display for Meters<f64> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.2} m", self.value)
    }
}

fn main() {
    let a = Meters { value: 3 };
    let b = Meters { value: 2.0 / 3.0 };
    println!("{} / {}", a, b);
}
