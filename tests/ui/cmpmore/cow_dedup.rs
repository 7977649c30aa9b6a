// `dedup` on `Cow`s: a borrowed and an owned `Cow` of one text are equal neighbours.
use std::borrow::Cow;

fn main() {
    let mut words: Vec<Cow<str>> = vec![Cow::Borrowed("a"), Cow::Owned(String::from("a")),
                                        Cow::Borrowed("b")];
    words.dedup();
    println!("{}", words.len());
    let c: Cow<str> = Cow::Owned(String::from("b"));
    match Some(c) {
        Some(c) if c == "b" => println!("matched {}", c),
        _ => println!("no"),
    }
}
