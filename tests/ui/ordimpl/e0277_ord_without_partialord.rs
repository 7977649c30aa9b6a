use std::cmp::Ordering;

#[derive(PartialEq, Eq)]
struct Weight(u32);

impl Ord for Weight {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    let w = Weight(1);
    println!("{}", w.0);
}
