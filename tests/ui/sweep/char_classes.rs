//@ mode: run
// Classifying characters with char ranges, `|` and `@`.
fn classify(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "uppercase",
        d @ '0'..='9' if d != '0' => "nonzero digit",
        '0' => "zero",
        ' ' | '\t' | '\n' => "whitespace",
        _ => "other",
    }
}

fn main() {
    println!("{:?} -> {}", 'e', classify('e'));
    println!("{:?} -> {}", 'k', classify('k'));
    println!("{:?} -> {}", 'Q', classify('Q'));
    println!("{:?} -> {}", '7', classify('7'));
    println!("{:?} -> {}", '0', classify('0'));
    println!("{:?} -> {}", '\t', classify('\t'));
    println!("{:?} -> {}", 'é', classify('é'));
    println!("{:?} -> {}", '\'', classify('\''));
}
