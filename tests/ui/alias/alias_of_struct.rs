#[derive(Debug, Clone)]
struct Account {
    owner: String,
    balance: i64,
}

type Ledger = Vec<Account>;
type Acc = Account;

fn richest(l: &Ledger) -> Option<&Acc> {
    l.iter().max_by_key(|a| a.balance)
}

fn main() {
    let l: Ledger = vec![
        Account { owner: "a".to_string(), balance: 5 },
        Account { owner: "b".to_string(), balance: 9 },
    ];
    let r: Option<&Acc> = richest(&l);
    println!("{:?}", r.map(|a| &a.owner));
}
