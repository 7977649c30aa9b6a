//@ mode: check
// Adding two different unsigned types.
fn main() {
    let small: u8 = 200;
    let big: u16 = 1000;
    let sum = big + small;
    println!("{sum}");
}
