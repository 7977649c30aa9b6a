// `T: 'a`, `T: Display + 'a` and a `where` clause next to lifetimes.
use std::fmt::Display;

struct Labeled<'a, T: 'a> {
    label: &'a str,
    value: &'a T,
}

fn show<'a, T: Display + 'a>(item: &Labeled<'a, T>) -> String {
    format!("{}: {}", item.label, item.value)
}

fn longest_with_note<'a, T>(x: &'a str, y: &'a str, note: T) -> &'a str
where
    T: Display,
{
    println!("note: {note}");
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let n = 7;
    let l = Labeled { label: "seven", value: &n };
    println!("{}", show(&l));
    println!("{}", longest_with_note("ab", "abc", 1));
}
