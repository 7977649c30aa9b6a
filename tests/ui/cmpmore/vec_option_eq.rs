// `==` on a `Vec` and an `Option` of a type whose `eq` is written by hand: each
// element is compared through it (case-insensitive words here).
struct Word(String);

impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

fn w(s: &str) -> Word {
    Word(String::from(s))
}

fn main() {
    let a = vec![w("Hello"), w("World")];
    let b = vec![w("hello"), w("WORLD")];
    let c = vec![w("hello")];
    println!("{} {} {}", a == b, a == c, a != b);
    println!("{}", Some(w("Rust")) == Some(w("rust")));
    println!("{}", Some(w("Rust")) == None);
}
