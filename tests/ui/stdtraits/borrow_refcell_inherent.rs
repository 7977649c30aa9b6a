use std::borrow::Borrow;
use std::cell::RefCell;

fn first_len<S: Borrow<String>>(s: S) -> usize {
    s.borrow().len()
}

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    // The inherent `RefCell::borrow` comes before the trait's.
    println!("{}", cell.borrow().len());
    let name = String::from("abcd");
    println!("{} {}", first_len(&name), first_len(name.clone()));
}
