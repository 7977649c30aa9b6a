fn count_words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
}

fn main() {
    println!("{}", count_words("Hi! How are you, friend?"));
    println!("{}", count_words(""));
    println!("{}", count_words("...---..."));
}
