//@ mode: check
// Arithmetic on a char.
fn main() {
    let letter = 'a';
    let next = letter + 1;
    println!("{next}");
}
