fn first_word_len(s: &str) -> usize {
    s.len()
}

fn main() {
    let s = String::from("abc");
    let view: &str = s.as_str();
    println!("{} {}", view, first_word_len(s.as_str()));
    let mut e = String::from("x");
    e.clear();
    println!("{} {}", e.is_empty(), e.len());
}
