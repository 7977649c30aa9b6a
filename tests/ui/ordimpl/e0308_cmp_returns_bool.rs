use std::cmp::Ordering;

#[derive(PartialEq, Eq, PartialOrd)]
struct Rank(u8);

impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0 < other.0
    }
}

fn main() {
    println!("{:?}", Rank(1).cmp(&Rank(2)));
}
