//@ mode: check
use std::str::Chars;

struct Excerpt<'a> {
    text: &'a str,
}

impl<'a> Excerpt<'a> {
    fn get(&self) -> &str {
        self.text
    }
    fn inner(&self) -> Chars<'a> {
        self.text.chars()
    }
    fn letters(&self) -> Chars {
        self.text.chars()
    }
    fn again(&self) -> Excerpt {
        Excerpt { text: self.text }
    }
}

fn main() {
    let e = Excerpt { text: "abc" };
    println!("{} {} {} {}", e.get(), e.inner().count(), e.letters().count(), e.again().text);
}
