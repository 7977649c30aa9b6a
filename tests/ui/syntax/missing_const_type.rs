//@ mode: check
// A constant needs a type annotation.
const LIMIT = 100;

fn main() {
    println!("{LIMIT}");
}
