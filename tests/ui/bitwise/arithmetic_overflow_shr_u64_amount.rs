//@ mode: run
// The deny lint names the shift amount with its own type.
fn main() {
    let x: i32 = -5;
    let y = x >> 40u64;
    println!("{y}");
}
