//@ mode: check
// A binding used before anything is assigned to it.
fn main() {
    let x: i32;
    println!("{x}");
}
