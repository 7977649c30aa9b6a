// A `move` closure using only a `Copy` field copies that field: the struct is
// still whole afterwards.
struct Account {
    id: u32,
    balance: i64,
}

fn show(a: Account) {
    println!("account {} holds {}", a.id, a.balance);
}

fn main() {
    let acct = Account { id: 7, balance: 120 };
    let id_text = move || acct.id * 1000;
    show(acct);
    println!("{}", id_text());
}
