use std::ops::Neg;

#[derive(Debug, Clone, Copy)]
struct Money(i64);

impl Neg for Money {
    type Output = Money;

    fn neg(self) -> Money {
        Money(-self.0)
    }
}

fn main() {
    let debt = Money(300);
    let m = -debt;
    println!("{:?} {:?}", m, -m);
}
