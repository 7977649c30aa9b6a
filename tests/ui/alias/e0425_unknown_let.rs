//@ mode: check
fn main() {
    let count: Wibble = 3;
    println!("{}", count);
}
