//@ mode: run
// `let mut x;` assigned twice needs its `mut`.
fn main() {
    let mut x;
    x = 1;
    println!("{x}");
    x = 2;
    println!("{x}");
}
