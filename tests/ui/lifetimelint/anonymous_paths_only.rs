//@ mode: check
use std::str::Chars;

fn skip_one(mut c: Chars<'_>) -> Chars {
    c.next();
    c
}

fn keep(c: Chars) -> Chars<'_> {
    c
}

fn main() {
    println!("{}", keep(skip_one("abc".chars())).count());
}
