//@ mode: check
// Assigning a value of another type to a local: rustc points at where its type came from.
fn main() {
    let mut count = 0u32;
    count = "three";
    println!("{count}");
}
