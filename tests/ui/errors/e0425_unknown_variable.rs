//@ mode: check
// Using a name that was never declared.
fn main() {
    let width = 8;
    println!("{}", width * height);
}
