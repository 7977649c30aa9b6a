//@ mode: check
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut a = Account { balance: 0 };
    a.deposit(5);
    a.withdraw(3);
}
