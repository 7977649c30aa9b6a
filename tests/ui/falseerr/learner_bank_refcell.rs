use std::rc::Rc;
use std::cell::RefCell;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn transfer(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, amt: i64) -> Result<(), String> {
    if from.borrow().balance < amt {
        return Err(format!("{} has too little", from.borrow().owner));
    }
    from.borrow_mut().balance -= amt;
    to.borrow_mut().balance += amt;
    Ok(())
}

fn main() {
    let a = Rc::new(RefCell::new(Account { owner: "ann".to_string(), balance: 100 }));
    let b = Rc::new(RefCell::new(Account { owner: "bo".to_string(), balance: 5 }));
    let bank = vec![Rc::clone(&a), Rc::clone(&b)];
    println!("{:?}", transfer(&a, &b, 30));
    println!("{:?}", transfer(&b, &a, 100));
    for acc in &bank {
        let acc = acc.borrow();
        println!("{}: {}", acc.owner, acc.balance);
    }
    println!("{}", Rc::strong_count(&a));
    {
        let mut acc = b.borrow_mut();
        acc.owner.push_str("b");
        acc.balance *= 2;
    }
    println!("{:?}", b.borrow());
}
