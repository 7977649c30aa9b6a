//@ mode: check
fn main() {
    println!("{}", ());
}
