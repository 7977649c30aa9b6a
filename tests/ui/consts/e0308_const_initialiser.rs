//@ mode: check
// The initialiser must have the declared type.
const NAME: i32 = "seven";

fn main() {
    println!("{NAME}");
}
