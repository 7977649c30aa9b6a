//@ mode: check
// Assigning after the use does not help (rustc calls it possibly-uninitialized).
fn main() {
    let x: i32;
    let y = x + 1;
    x = 5;
    println!("{x} {y}");
}
