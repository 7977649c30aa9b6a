//@ mode: check
// Assigning to a variable while a closure that borrows it is still used.
fn main() {
    let mut x = 5;
    let mut add = || x += 1;
    x = 7;
    add();
    println!("{}", x);
}
