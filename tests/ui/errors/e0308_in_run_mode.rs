// In run mode a compile error means nothing runs.
fn main() {
    let letter: char = "a";
    println!("{}", letter);
}
