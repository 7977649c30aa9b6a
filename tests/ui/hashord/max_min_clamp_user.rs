use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Score(i32);

// Lower is better: the order is reversed.
impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let a = Score(3);
    let b = Score(8);
    println!("{:?} {:?}", a.max(b), a.min(b));
    println!("{:?}", Score(20).clamp(Score(10), Score(1)));
    println!("{:?}", Score(5).clamp(Score(10), Score(1)));
    println!("{:?} {:?}", a.cmp(&b), a.partial_cmp(&b));
    println!("{}", a.eq(&Score(3)));
    println!("{:?}", std::cmp::max(a, b));
}
