use std::cell::RefCell;

fn check(c: &RefCell<String>) -> Result<(), String> {
    if c.borrow().len() < 10 {
        return Err(String::new());
    }
    Ok(())
}

fn check2(c: &RefCell<String>) -> String {
    return format!("{} is short", c.borrow());
}

fn main() {
    let c = RefCell::new(String::from("abc"));
    println!("{:?}", check(&c));
    c.borrow_mut().push('d');
    println!("{:?}", check2(&c));
    c.borrow_mut().push('d');
    println!("{}", c.borrow());
}
