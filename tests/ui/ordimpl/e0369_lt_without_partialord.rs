use std::cmp::Ordering;

#[derive(PartialEq, Eq)]
struct Id(u32);

impl Id {
    fn order(&self, other: &Id) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    let a = Id(1);
    let b = Id(2);
    println!("{:?}", a.order(&b));
    println!("{}", a < b);
}
