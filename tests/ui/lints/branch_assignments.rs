//@ mode: check
// Assignments in both branches of an if.
fn main() {
    let mut a = 1;
    let mut b = 1;
    let flag = a > 0;
    a = 5;
    if flag {
        b = 2;
    } else {
        b = 3;
    }
    b = 4;
    let mut c = 0;
    c = 1;
    c = 2;
    println!("{}", c + b);
}
