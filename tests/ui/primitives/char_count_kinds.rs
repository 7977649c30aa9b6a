fn main() {
    let text = ['H', 'i', ' ', '4', '2', '!', 'x'];
    let mut letters = 0;
    let mut digits = 0;
    let mut other = 0;
    for c in text {
        if c.is_alphabetic() {
            letters += 1;
        } else if c.is_ascii_digit() {
            digits += 1;
        } else {
            other += 1;
        }
    }
    println!("{} letters, {} digits, {} other", letters, digits, other);
}
