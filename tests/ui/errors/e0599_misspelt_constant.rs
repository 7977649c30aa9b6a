//@ mode: check
// A misspelt associated constant of a primitive type.
fn main() {
    let biggest = i32::MAXIMUM;
    println!("{biggest}");
}
