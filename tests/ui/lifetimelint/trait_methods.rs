//@ mode: check
use std::str::Chars;

trait Spelled {
    fn spelling(&self) -> Chars;
    fn first_letters(&self) -> Chars {
        self.spelling()
    }
}

struct Word(String);

impl Spelled for Word {
    fn spelling(&self) -> Chars<'_> {
        self.0.chars()
    }
}

fn main() {
    let w = Word(String::from("hi"));
    println!("{}", w.first_letters().count());
}
