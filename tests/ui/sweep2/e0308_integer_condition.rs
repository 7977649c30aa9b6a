//@ mode: check
// An integer is not a condition in Rust.
fn main() {
    let count = 3;
    if count {
        println!("non-zero");
    }
}
