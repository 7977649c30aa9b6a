use std::ops::Add;

#[derive(Debug)]
struct Money {
    cents: i64,
}

impl Add<&Money> for &Money {
    type Output = Money;

    fn add(self, other: &Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn main() {
    let a = Money { cents: 250 };
    let b = Money { cents: 199 };
    let total = &a + &b;
    println!("{:?} + {:?} = {:?}", a, b, total);
}
