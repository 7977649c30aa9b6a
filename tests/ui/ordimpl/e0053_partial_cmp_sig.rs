use std::cmp::Ordering;

#[derive(PartialEq)]
struct Mark(i32);

impl PartialOrd for Mark {
    fn partial_cmp(&self, other: Mark) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    println!("{}", Mark(1) < Mark(2));
}
