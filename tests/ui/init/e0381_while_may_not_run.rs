//@ mode: check
// A `while` loop may run zero times (and a second round would assign twice).
fn main() {
    let found: i32;
    let mut n = 0;
    while n < 3 {
        n += 1;
        found = n;
    }
    println!("{found}");
}
