//@ mode: check
// Two closures mutating the same variable at once.
fn main() {
    let mut x = 0;
    let mut a = || x += 1;
    let mut b = || x += 2;
    a();
    b();
    println!("{}", x);
}
