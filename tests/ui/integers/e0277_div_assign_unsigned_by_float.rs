//@ mode: check
fn main() {
    let mut bytes: u64 = 4096;
    bytes /= 2.0;
    println!("{bytes}");
}
