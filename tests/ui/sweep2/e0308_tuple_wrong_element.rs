//@ mode: check
// A tuple annotation whose second element does not match.
fn main() {
    let entry: (&str, u32) = ("apples", "three");
    println!("{} {}", entry.0, entry.1);
}
