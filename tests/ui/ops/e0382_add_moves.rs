use std::ops::Add;

#[derive(Debug)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;

    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn main() {
    let a = Money { cents: 100 };
    let b = Money { cents: 50 };
    let c = a + b;
    println!("{:?} {:?}", c, a);
}
