//@ mode: check
fn main() {
    let m = u8::max(3);
    println!("{}", m);
}
