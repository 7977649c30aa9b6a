//@ mode: check
// A `for` loop may run zero times (and a second round would assign twice).
fn main() {
    let total: u64;
    for i in 0..3 {
        total = i;
    }
    println!("{total}");
}
