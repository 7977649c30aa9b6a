//@ mode: check
fn main() {
    let level: u16 = 40i32;
    println!("{level}");
}
