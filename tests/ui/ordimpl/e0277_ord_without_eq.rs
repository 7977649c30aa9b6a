use std::cmp::Ordering;

#[derive(PartialEq, PartialOrd)]
struct Weight(u32);

impl Ord for Weight {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    println!("{}", Weight(1) < Weight(2));
}
