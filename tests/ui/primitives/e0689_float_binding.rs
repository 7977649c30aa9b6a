//@ mode: check
fn main() {
    let y = 2.0;
    println!("{}", y.sqrt());
}
