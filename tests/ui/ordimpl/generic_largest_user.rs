use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Rev(i32);
impl PartialOrd for Rev {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Rev {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}
fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v
}
fn main() {
    println!("{:?}", largest(&[Rev(3), Rev(1), Rev(2)]));
    println!("{:?}", largest(&[3, 1, 2]));
    println!("{:?}", largest(&[0.5, 2.5, 1.5]));
    println!("{:?}", sorted(vec![Rev(3), Rev(1), Rev(2)]));
    println!("{:?}", sorted(vec!["b", "a"]));
}
