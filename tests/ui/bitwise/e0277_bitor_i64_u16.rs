//@ mode: check
fn main() {
    let flags: i64 = 0b1010;
    let mask: u16 = 0b0110;
    let merged = flags | mask;
    println!("{merged}");
}
