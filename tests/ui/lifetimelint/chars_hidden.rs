//@ mode: check
use std::str::Chars;

fn letters(s: &str) -> Chars {
    s.chars()
}

fn main() {
    println!("{}", letters("abc").count());
}
