//@ mode: check
// A closure that mutates `x` conflicts with a shared borrow still in use.
fn main() {
    let mut x = 5;
    let r = &x;
    let mut add = || x += 1;
    add();
    println!("{}", r);
}
