//@ mode: check
// `cargo check` does not run the known-panics lint: this compiles in check mode.
fn main() {
    let xs = [1, 2, 3];
    println!("{}", xs[7]);
}
