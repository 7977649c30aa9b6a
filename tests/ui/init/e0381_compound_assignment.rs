//@ mode: check
// `x += 1` reads `x`, which has no value yet.
fn main() {
    let mut x: i32;
    x += 1;
    println!("{x}");
}
