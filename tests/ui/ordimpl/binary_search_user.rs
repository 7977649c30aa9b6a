use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Desc(i32);

impl Ord for Desc {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let v = vec![Desc(50), Desc(40), Desc(30), Desc(20)];
    println!("{:?}", v.binary_search(&Desc(30)));
    println!("{:?}", v.binary_search(&Desc(45)));
    println!("{:?}", v.binary_search(&Desc(10)));
}
