use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Temp(i32);

impl PartialOrd for Temp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let mut v = vec![Temp(3), Temp(1)];
    v.sort();
    println!("{:?}", v);
}
