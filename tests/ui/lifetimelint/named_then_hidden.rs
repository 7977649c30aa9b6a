//@ mode: check
use std::str::Chars;

fn letters<'a>(s: &'a str) -> Chars {
    s.chars()
}

fn main() {
    println!("{}", letters("xyz").count());
}
