//@ mode: check
use std::str::Chars;

struct Bag {
    items: Vec<String>,
}

impl Bag {
    fn names(&mut self) -> Vec<&str> {
        self.items.iter().map(|s| s.as_str()).collect()
    }
    fn iter(&self) -> std::slice::Iter<'_, String> {
        self.items.iter()
    }
}

fn same(s: &str) -> &str {
    s
}
fn marked(s: &'_ str) -> &str {
    s
}
fn chars_anon(s: &str) -> Chars<'_> {
    s.chars()
}
fn chars_named<'a>(s: &'a str) -> Chars<'a> {
    s.chars()
}
fn first<'a>(x: &'a str, y: &str) -> &'a str {
    println!("{y}");
    x
}
fn pass(c: Chars) -> Chars {
    c
}
fn forever() -> &'static str {
    "always"
}

fn main() {
    let mut b = Bag { items: vec![String::from("k")] };
    println!("{:?}", b.names());
    println!("{}", b.iter().count());
    println!("{} {} {} {}", same("a"), marked("b"), chars_anon("c").count(), chars_named("d").count());
    println!("{} {} {}", first("e", "f"), pass("g".chars()).count(), forever());
}
