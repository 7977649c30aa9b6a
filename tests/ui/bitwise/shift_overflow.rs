//@ mode: run
// Shifting by the bit width or more panics in debug builds.
fn bit(position: u32) -> u32 {
    1 << position
}

fn main() {
    for p in 29..40 {
        println!("bit {} = {}", p, bit(p));
    }
}
