use std::cmp::Ordering;

// Two runs compare only when they are on the same track.
#[derive(Debug, PartialEq)]
struct Run {
    track: u8,
    secs: u32,
}

impl PartialOrd for Run {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        if self.track == other.track {
            self.secs.partial_cmp(&other.secs)
        } else {
            None
        }
    }
}

fn relations<T: PartialOrd>(a: &T, b: &T) -> [bool; 4] {
    [a < b, a <= b, a > b, a >= b]
}

fn main() {
    let a = Run { track: 1, secs: 60 };
    let b = Run { track: 1, secs: 75 };
    let c = Run { track: 2, secs: 50 };
    println!("{:?}", relations(&a, &b));
    println!("{:?}", relations(&a, &c));
    println!("{:?}", relations(&1.5, &f64::NAN));
    println!("{:?}", relations(&'x', &'x'));
}
