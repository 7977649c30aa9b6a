// `Iterator::max` needs `Ord`; a hand-written `PartialOrd` alone is not enough.
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Score(f64);

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Score) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let v = vec![Score(1.5), Score(2.5)];
    println!("{:?}", v.into_iter().max());
}
