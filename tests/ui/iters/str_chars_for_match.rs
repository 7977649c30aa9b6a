// `for c in s.chars()` with a `match` on each character.
fn main() {
    let s = "a1b2c3";
    let mut digits = 0;
    let mut letters = 0;
    for c in s.chars() {
        match c {
            '0'..='9' => digits += 1,
            _ => letters += 1,
        }
    }
    println!("{} {}", digits, letters);
}
