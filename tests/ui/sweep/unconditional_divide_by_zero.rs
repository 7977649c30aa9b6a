//@ mode: run
// Dividing a constant by a literal zero is caught at compile time.
fn main() {
    let apples = 10;
    let people = 0;
    println!("{}", apples / people);
}
