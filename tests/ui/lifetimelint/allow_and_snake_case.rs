//@ mode: check
use std::str::Chars;

#[allow(mismatched_lifetime_syntaxes)]
fn quiet(s: &str) -> Chars {
    s.chars()
}

fn Loud(s: &str) -> Chars {
    s.chars()
}

fn main() {
    println!("{} {}", quiet("a").count(), Loud("b").count());
}
