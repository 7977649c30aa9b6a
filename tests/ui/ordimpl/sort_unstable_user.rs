use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Odd(u32);

// Odd numbers before even ones, then ascending.
impl Ord for Odd {
    fn cmp(&self, other: &Self) -> Ordering {
        let a_even = self.0 % 2 == 0;
        let b_even = other.0 % 2 == 0;
        if a_even != b_even {
            a_even.cmp(&b_even)
        } else {
            self.0.cmp(&other.0)
        }
    }
}

impl PartialOrd for Odd {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut xs = [Odd(4), Odd(7), Odd(2), Odd(1), Odd(8), Odd(3)];
    xs.sort_unstable();
    println!("{:?}", xs);
    let mut v: Vec<Odd> = xs.iter().rev().copied().collect();
    v.sort();
    println!("{:?}", v);
}
