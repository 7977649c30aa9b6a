//@ mode: run
// Comparing an unsigned value with zero using >= is always true.
fn main() {
    let level: u32 = 2;
    if level >= 0 {
        println!("level {level}");
    }
}
