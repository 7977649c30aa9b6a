fn main() {
    let words = ["Apple", "banana", "Cherry!", ""];
    for w in words {
        println!("{:?}: {} {}", w, w.starts_with(char::is_uppercase), w.ends_with(|c: char| c.is_ascii_punctuation()));
    }
}
