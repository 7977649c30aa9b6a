//@ mode: check
fn main() {
    println!("{}", 2.pow(10));
}
