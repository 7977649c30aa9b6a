//@ mode: check
fn main() {
    let (a, b) = (3, 4);
    println!("{}", a.pow(b));
}
