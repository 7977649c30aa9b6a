use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq)]
struct P(i32);
impl PartialOrd for P {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for P {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.0 == 7 || other.0 == 7 {
            panic!("seven is not comparable");
        }
        self.0.cmp(&other.0)
    }
}
fn main() {
    let mut v = vec![P(3), P(7), P(1)];
    println!("start");
    v.sort();
    println!("{:?}", v);
}
