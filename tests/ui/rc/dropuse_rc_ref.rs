use std::rc::Rc;
fn main() {
    let mut n = 5;
    let r = Rc::new(&n);
    println!("{}", r);
    n += 1;
    println!("{}", n);
}
