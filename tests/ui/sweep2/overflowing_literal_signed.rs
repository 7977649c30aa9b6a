//@ mode: check
// A literal too large for a signed byte.
fn main() {
    let brightness: i8 = 200;
    println!("{brightness}");
}
