use std::cmp::Ordering;

#[derive(PartialEq, Debug)]
struct Flip<T>(T);

impl<T: PartialOrd> PartialOrd for Flip<T> {
    fn partial_cmp(&self, other: &Flip<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

fn main() {
    println!("{}", Flip(1) < Flip(2));
    println!("{}", Flip(2.5) < Flip(1.0));
}
