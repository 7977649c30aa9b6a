// Byte literals are `u8`s; `u8` has `char`'s ASCII methods.
fn letter_counts(text: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for b in text.bytes().filter(|b| b.is_ascii_lowercase()) {
        counts[(b - b'a') as usize] += 1;
    }
    counts
}

fn main() {
    let c = letter_counts("hello, world");
    let top = c.iter().enumerate().max_by_key(|&(_, n)| *n).map(|(i, n)| ((b'a' + i as u8) as char, *n));
    println!("{:?}", top);
    println!("{} {} {:?}", b'A', b'\n', b'z'.to_ascii_uppercase() as char);
    for b in "a1 B!".bytes() {
        let kind = match b {
            b'0'..=b'9' => "digit",
            b'a'..=b'z' | b'A'..=b'Z' => "letter",
            b' ' => "space",
            _ => "other",
        };
        println!("{} {} {}", b, kind, b.is_ascii_punctuation());
    }
    println!("{}", b'q'.eq_ignore_ascii_case(&b'Q'));
}
