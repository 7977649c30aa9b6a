//@ mode: check
// Literals that do not fit their type are denied.
fn main() {
    let max_level: u8 = 256;
    let temperature: i8 = -129;
    println!("{max_level} {temperature}");
}
