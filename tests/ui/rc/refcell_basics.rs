// RefCell: borrow and borrow_mut through a shared value, checked at run time.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push(String::from("start"));
    log.borrow_mut().push(String::from("work"));
    println!("{} entries", log.borrow().len());
    {
        let first = log.borrow();
        let again = log.borrow();
        println!("first: {}, again: {}", first[0], again[1]);
    }
    *log.borrow_mut() = vec![String::from("reset")];
    println!("{:?}", log.borrow());
    println!("{:?}", log);
    let n = RefCell::new(1);
    *n.borrow_mut() += 41;
    println!("n = {}", n.borrow());
    let old = n.replace(7);
    println!("old {} now {}", old, n.borrow());
    println!("into_inner {}", n.into_inner());
}
