//@ mode: check
use std::str::Chars;

fn both<'a>(s: &'a str) -> (&str, Chars) {
    (s, s.chars())
}

fn main() {
    let (s, c) = both("pq");
    println!("{} {}", s, c.count());
}
