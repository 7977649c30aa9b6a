use std::fmt;

struct Pair(i32, i32);

impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}", self.0)?;
        write!(f, ", {})", self.1)
    }
}

fn main() {
    let p = Pair(3, -4);
    println!("{} {}", p, p.to_string().len());
}
