//@ mode: check
// A one-character string where a char is expected.
fn first_initial() -> char {
    "F"
}

fn main() {
    let c: char = "x";
    println!("{} {}", first_initial(), c);
}
