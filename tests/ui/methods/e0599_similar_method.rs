//@ mode: check
struct Account {
    balance: i64,
}

impl Account {
    fn balance(&self) -> i64 {
        self.balance
    }
}

fn main() {
    let a = Account { balance: 7 };
    println!("{}", a.balanse());
}
