//@ mode: run
// An overflow between constants is caught at compile time.
fn main() {
    let level: u8 = 200;
    let boosted = level + 100;
    println!("{boosted}");
}
