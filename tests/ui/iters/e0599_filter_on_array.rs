// An array of integer literals: the bounds of each autoderef step are listed.
fn main() {
    let a = [1, 2, 3];
    let n = a.filter(|x| *x > 1).count();
    println!("{}", n);
}
