// Classifying characters with range patterns.
fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lowercase",
        'A'..='Z' => "uppercase",
        '0'..='9' => "digit",
        ' ' | '\t' => "space",
        _ => "other",
    }
}

fn main() {
    println!("{}", kind('q'));
    println!("{}", kind('Q'));
    println!("{}", kind('7'));
    println!("{}", kind(' '));
    println!("{}", kind('?'));
}
