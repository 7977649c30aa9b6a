use std::ops::Neg;

#[derive(Debug)]
struct Balance {
    cents: i64,
}

impl Neg for Balance {
    type Output = Balance;

    fn neg(self) -> Balance {
        Balance { cents: -self.cents }
    }
}

fn main() {
    let b = Balance { cents: 10 };
    let owed = -b;
    println!("{:?} {:?}", owed, b);
}
