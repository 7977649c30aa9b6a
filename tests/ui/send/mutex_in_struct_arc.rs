use std::sync::{Arc, Mutex};
use std::thread;

struct Bank {
    balance: Mutex<i64>,
}

fn main() {
    let bank = Arc::new(Bank { balance: Mutex::new(100) });
    let mut hs = Vec::new();
    for i in 1..=3 {
        let b = Arc::clone(&bank);
        hs.push(thread::spawn(move || {
            *b.balance.lock().unwrap() -= i;
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("{}", bank.balance.lock().unwrap());
}
