//@ mode: check
// A constant name from another language.
fn main() {
    let limit = u64::MAX_VALUE;
    println!("{limit}");
}
