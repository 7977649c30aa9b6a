//@ mode: check
// More arguments than placeholders.
fn main() {
    let name = "Ferris";
    let age = 7;
    println!("{} is old", name, age);
}
