use std::fmt;

struct Bag(Vec<i32>);

impl fmt::Display for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn main() {
    println!("{}", Bag(vec![1, 2]));
}
