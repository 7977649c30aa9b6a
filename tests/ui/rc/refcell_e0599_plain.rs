// borrow_mut is a RefCell method: a plain value does not have it.
fn main() {
    let counter = 5;
    *counter.borrow_mut() += 1;
    println!("{}", counter);
}
