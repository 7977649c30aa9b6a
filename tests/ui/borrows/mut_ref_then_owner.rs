// Passing `&mut` to a function, then using the owner again.
struct Account {
    balance: i64,
    ops: u32,
}

fn deposit(a: &mut Account, amount: i64) {
    a.balance += amount;
    a.ops += 1;
}

fn main() {
    let mut acc = Account { balance: 0, ops: 0 };
    deposit(&mut acc, 50);
    deposit(&mut acc, 25);
    let view = &acc;
    println!("{} after {} ops", view.balance, view.ops);
    deposit(&mut acc, -5);
    println!("{} after {} ops", acc.balance, acc.ops);
}
