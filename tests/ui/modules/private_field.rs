mod account {
    pub struct Account {
        pub owner: i32,
        balance: i32,
    }
    impl Account {
        pub fn open(owner: i32) -> Account {
            Account { owner, balance: 10 }
        }
        pub fn balance(&self) -> i32 {
            self.balance
        }
    }
}

fn main() {
    let a = account::Account::open(7);
    println!("{} {}", a.owner, a.balance());
    println!("{}", a.balance);
}
