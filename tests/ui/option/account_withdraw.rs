struct Account { balance: i64 }

#[derive(Debug)]
enum TxError { Insufficient { needed: i64 }, Zero }

impl Account {
    fn withdraw(&mut self, amt: i64) -> Result<i64, TxError> {
        if amt == 0 { return Err(TxError::Zero); }
        if amt > self.balance {
            return Err(TxError::Insufficient { needed: amt - self.balance });
        }
        self.balance -= amt;
        Ok(self.balance)
    }
}

fn main() {
    let mut acc = Account { balance: 100 };
    for amt in [30, 0, 200, 70] {
        match acc.withdraw(amt) {
            Ok(left) => println!("withdrew {amt}, left {left}"),
            Err(TxError::Insufficient { needed }) => println!("need {needed} more"),
            Err(e) => println!("error: {:?}", e),
        }
    }
    let r = acc.withdraw(1);
    if let Err(ref e) = r {
        println!("still failing: {e:?}");
    }
}
