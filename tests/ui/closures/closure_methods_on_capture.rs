// Methods with `&self` and `&mut self` on captured structs decide the capture mode.
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn report(&self) -> i64 {
        self.balance
    }
}

fn main() {
    let mut acct = Account { balance: 100 };
    let mut pay = |n: i64| acct.deposit(n);
    pay(50);
    pay(25);
    let peek = || acct.report();
    println!("{}", peek());
}
