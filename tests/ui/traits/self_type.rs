// `Self` in a trait's signatures stands for the implementing type.
trait Combine {
    fn combine(&self, other: &Self) -> Self;
}

#[derive(Debug)]
struct Money {
    cents: u64,
}

impl Combine for Money {
    fn combine(&self, other: &Self) -> Self {
        Self { cents: self.cents + other.cents }
    }
}

fn main() {
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    let c = a.combine(&b);
    println!("{:?}", c);
    println!("{:?}", c.combine(&a));
}
