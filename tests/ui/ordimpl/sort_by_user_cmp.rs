use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Level(i32);

impl Ord for Level {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.abs().cmp(&other.0.abs())
    }
}

impl PartialOrd for Level {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut v = vec![Level(-3), Level(1), Level(-5), Level(2), Level(3)];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
}
