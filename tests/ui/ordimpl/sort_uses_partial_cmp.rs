use std::cmp::Ordering;

// `cmp` and `partial_cmp` disagree on purpose: std's sort asks `partial_cmp`
// (through `<`), while `max` and `binary_search` ask `cmp`.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Odd(i32);

impl Ord for Odd {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

impl PartialOrd for Odd {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(other.0.cmp(&self.0))
    }
}

fn main() {
    let mut v = vec![Odd(2), Odd(9), Odd(4)];
    v.sort();
    println!("{:?}", v);
    println!("{:?}", v.iter().max());
    println!("{:?}", std::cmp::max(Odd(1), Odd(5)));
}
