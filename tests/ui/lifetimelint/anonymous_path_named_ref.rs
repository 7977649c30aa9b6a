//@ mode: check
use std::str::Chars;

fn split<'a>(s: &'a str) -> (Chars<'_>, &'a str) {
    (s.chars(), s)
}

fn main() {
    let (c, s) = split("mn");
    println!("{} {}", c.count(), s);
}
