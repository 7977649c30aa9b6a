//@ mode: check
// Adding a number to a char.
fn main() {
    let letter = 'a';
    let next = letter + 1;
    println!("{next}");
}
