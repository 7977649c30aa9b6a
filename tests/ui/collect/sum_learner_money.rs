use std::iter::Sum;

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: u64,
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        let mut cents = 0;
        for m in iter {
            cents += m.cents;
        }
        Money { cents }
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.fold(Money { cents: 0 }, |acc, m| Money { cents: acc.cents + m.cents })
    }
}

fn main() {
    let wallet = vec![Money { cents: 250 }, Money { cents: 199 }];
    let by_ref: Money = wallet.iter().sum();
    let by_value: Money = wallet.into_iter().sum();
    println!("{:?} {:?}", by_ref, by_value);
}
