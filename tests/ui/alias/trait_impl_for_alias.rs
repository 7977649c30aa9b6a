use std::fmt;

struct Celsius(f64);

type Temp = Celsius;

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}C", self.0)
    }
}

fn main() {
    let t: Temp = Celsius(21.55);
    println!("{}", Celsius(-3.0));
    println!("{} {}", t, t.0);
}
