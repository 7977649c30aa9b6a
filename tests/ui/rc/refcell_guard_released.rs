// A guard releases its borrow when it is dropped: drop(guard) or its scope's end.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(String::from("a"));
    let guard = cell.borrow_mut();
    println!("try while borrowed: {}", cell.try_borrow_mut().is_ok());
    drop(guard);
    println!("try after drop: {}", cell.try_borrow_mut().is_ok());
    {
        let mut g = cell.borrow_mut();
        g.push('b');
    }
    cell.borrow_mut().push('c');
    println!("{}", cell.borrow());
    match cell.try_borrow_mut() {
        Ok(mut s) => s.push('d'),
        Err(_) => println!("busy"),
    }
    println!("{}", cell.borrow());
}
