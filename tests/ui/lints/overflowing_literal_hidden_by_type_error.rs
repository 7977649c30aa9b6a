//@ mode: check
// overflowing_literals is a late lint: a type error stops compilation before it.
fn main() {
    let byte: u8 = 256;
    let flag: bool = 1;
    println!("{byte} {flag}");
}
