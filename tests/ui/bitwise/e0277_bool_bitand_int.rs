//@ mode: check
// A bool can only be and-ed with a bool.
fn main() {
    let both = true & 1;
    println!("{both}");
}
