// A derived comparison on a struct whose field compares by hand: `==`, `<`, `min`,
// `binary_search` and `Option`s all reach the field's own methods.
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy)]
struct Approx(f64);

impl PartialEq for Approx {
    fn eq(&self, other: &Approx) -> bool {
        (self.0 - other.0).abs() < 0.01
    }
}

impl Eq for Approx {}

impl PartialOrd for Approx {
    fn partial_cmp(&self, other: &Approx) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Approx {
    fn cmp(&self, other: &Approx) -> Ordering {
        if self == other {
            Ordering::Equal
        } else if self.0 < other.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Reading {
    value: Approx,
    sensor: u8,
}

fn main() {
    let a = Reading { value: Approx(1.0), sensor: 2 };
    let b = Reading { value: Approx(1.004), sensor: 2 };
    let c = Reading { value: Approx(0.5), sensor: 9 };
    println!("{} {} {}", a == b, c < a, a > b);
    let v = vec![c, a, b];
    println!("{:?}", v.iter().min());
    let keys = [Approx(0.1), Approx(0.2), Approx(0.3)];
    println!("{:?}", keys.binary_search(&Approx(0.2001)));
    println!("{}", Some(Approx(2.0)) == Some(Approx(2.005)));
    println!("{}", (1, Approx(3.0)) < (1, Approx(3.5)));
}
