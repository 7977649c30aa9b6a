use std::cmp::Ordering;

// A reading of -1 means "sensor offline": it compares with nothing.
#[derive(PartialEq)]
struct Reading(i32);

impl PartialOrd for Reading {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        if self.0 < 0 || other.0 < 0 {
            None
        } else {
            Some(self.0.cmp(&other.0))
        }
    }
}

fn main() {
    let rs = [Reading(4), Reading(-1), Reading(9)];
    for a in &rs {
        for b in &rs {
            println!("{:>2} {:>2}: {} {} {} {}", a.0, b.0, a < b, a <= b, a > b, a >= b);
        }
    }
}
