#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

impl Account {
    fn open(id: u32) -> Account {
        Account { id, balance: 0 }
    }
}

fn main() {
    let ids = vec![7, 8];
    let accounts: Vec<Account> = ids.into_iter().map(Account::open).collect();
    for a in &accounts {
        println!("{} {}", a.id, a.balance);
    }
    let boxed: Vec<Box<u32>> = vec![1, 2].into_iter().map(Box::new).collect();
    println!("{:?}", boxed);
}
