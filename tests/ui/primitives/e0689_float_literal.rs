//@ mode: check
fn main() {
    println!("{}", 9.0.sqrt());
}
