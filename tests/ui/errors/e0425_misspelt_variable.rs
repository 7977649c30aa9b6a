//@ mode: check
// A typo in a variable name: rustc suggests the similar name.
fn main() {
    let counter = 10;
    let doubled = countr * 2;
    println!("{} {}", counter, doubled);
}
